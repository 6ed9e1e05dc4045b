package ma.tanmia.consultation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import ma.tanmia.program.ProgramPhase;
import ma.tanmia.shared.LocalizedName;

/** A meeting or workshop as pages, the iCal export and the API show it. */
public record Meeting(long id, MeetingKind kind, LocalizedName title, Long programId, ProgramPhase phase,
		String organizerOrgCode, String chair, OffsetDateTime startsAt, OffsetDateTime endsAt, String territoryCode,
		String territoryPath, String venue, String minutesHtml, boolean demonstration, String createdBy, long version,
		long participationVersion) {

	/** Moroccan meetings are written in Moroccan time, whatever the server's zone. */
	public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

	public ZonedDateTime localStart() {
		return startsAt.atZoneSameInstant(ZONE);
	}

	public ZonedDateTime localEnd() {
		return endsAt == null ? null : endsAt.atZoneSameInstant(ZONE);
	}
}
