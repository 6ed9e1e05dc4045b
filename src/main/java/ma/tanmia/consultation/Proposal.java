package ma.tanmia.consultation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A proposal as pages and the API show it (its author by account name, never by e-mail). */
public record Proposal(long id, String author, String title, String body, ProposalCategory category, String territoryCode,
		String territoryPath, BigDecimal latitude, BigDecimal longitude, ProposalStatus status, boolean hidden,
		String hiddenReason, String projectCode, Long priorityProgramId, Long priorityNodeId, Long mergedInto, int supports,
		boolean demonstration, OffsetDateTime createdAt, long version) {
}
