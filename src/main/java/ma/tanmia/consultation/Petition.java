package ma.tanmia.consultation;

import java.time.OffsetDateTime;

/** A petition to a council (region, prefecture/province or commune). */
public record Petition(long id, String author, String title, String body, String councilCode, String councilLevel,
		String territoryPath, PetitionStatus status, String reason, String answer, int signatures, Long meetingId,
		boolean demonstration, OffsetDateTime createdAt, long version) {
}
