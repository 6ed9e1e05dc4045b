package ma.tanmia.consultation;

import java.time.LocalDateTime;
import java.util.List;

import ma.tanmia.program.ProgramPhase;

/**
 * What an organizer writes when scheduling or describing a meeting; times are Moroccan local times.
 *
 * @param agenda the agenda items, in order
 */
public record MeetingDraft(MeetingKind kind, String titleAr, String titleFr, Long programId, ProgramPhase phase,
		String organizerOrgCode, String chair, LocalDateTime startsAt, LocalDateTime endsAt, String territoryCode,
		String venue, List<String> agenda, boolean demonstration) {
}
