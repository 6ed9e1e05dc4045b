package ma.tanmia.consultation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/meetings} and {@code /api/v1/proposals}: paginated JSON, never an author's e-mail. */
@RestController
@RequestMapping("/api/v1")
class ConsultationApi {

	record PageOf<T>(List<T> items, int page, int size, long total) {

		static <T> PageOf<T> of(Page<T> page) {
			return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
		}
	}

	record MeetingJson(long id, MeetingKind kind, String titleAr, String titleFr, Long programId, String phase,
			String organizer, OffsetDateTime startsAt, OffsetDateTime endsAt, String territory, String venue, String url) {
	}

	record ProposalJson(long id, String title, ProposalCategory category, String territory, BigDecimal latitude,
			BigDecimal longitude, ProposalStatus status, String projectCode, Long priorityProgramId, Long priorityNodeId,
			int supports, boolean demonstration, OffsetDateTime createdAt) {
	}

	private final Meetings meetings;
	private final Proposals proposals;
	private final TerritoryScope scope;

	ConsultationApi(Meetings meetings, Proposals proposals, TerritoryScope scope) {
		this.meetings = meetings;
		this.proposals = proposals;
		this.scope = scope;
	}

	@GetMapping("/meetings")
	PageOf<MeetingJson> meetings(@RequestParam(required = false) String territory, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageOf.of(meetings.page(pathOf(territory), page, size)
			.map(m -> new MeetingJson(m.id(), m.kind(), m.title().ar(), m.title().fr(), m.programId(),
					m.phase() == null ? null : m.phase().name(), m.organizerOrgCode(), m.startsAt(), m.endsAt(),
					m.territoryCode(), m.venue(), "/public/meetings/" + m.id())));
	}

	@GetMapping("/proposals")
	PageOf<ProposalJson> proposals(@RequestParam(required = false) String territory,
			@RequestParam(required = false) ProposalStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageOf.of(proposals.page(pathOf(territory), status, page, size)
			.map(p -> new ProposalJson(p.id(), p.title(), p.category(), p.territoryCode(), p.latitude(), p.longitude(),
					p.status(), p.projectCode(), p.priorityProgramId(), p.priorityNodeId(), p.supports(), p.demonstration(),
					p.createdAt())));
	}

	private String pathOf(String territory) {
		return scope.pathOf(territory);
	}
}
