package ma.tanmia.consultation;

import java.time.OffsetDateTime;
import java.util.List;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The moderators' queue: open abuse reports and the latest proposals in their scopes. */
@Controller
class ModerationController {

	record Report(long id, String kind, long targetId, String subjectType, String subjectKey, String excerpt,
			String reporter, String reason, OffsetDateTime reportedAt) {
	}

	private final JdbcClient jdbc;
	private final Proposals proposals;

	ModerationController(JdbcClient jdbc, Proposals proposals) {
		this.jdbc = jdbc;
		this.proposals = proposals;
	}

	@GetMapping("/consultation/moderation")
	String queue(Model model) {
		Authorizations me = Authorizations.current();
		List<String> scopes = new java.util.ArrayList<>(me.scopesOf(Role.MODERATOR));
		scopes.addAll(me.scopesOf(Role.ADMINISTRATOR));
		if (scopes.isEmpty()) {
			throw new AccessDeniedException("Moderators only");
		}
		ScopeFilter proposalScope = ScopeFilter.overlapping(scopes, "p.territory_path");
		ScopeFilter meetingScope = ScopeFilter.overlapping(scopes, "m.territory_path");
		// Reports on proposals and on comments of proposals and meetings are filtered by the moderator's
		// scopes here; comments on projects cannot be (the project's territory is the project module's),
		// so they are listed for every moderator and hiding one checks the scope.
		java.util.Map<String, Object> parameters = new java.util.HashMap<>(proposalScope.parameters());
		parameters.putAll(meetingScope.parameters());
		model.addAttribute("reports", jdbc.sql("""
				select r.id, 'PROPOSAL', p.id, 'PROPOSAL', cast(p.id as text), p.title, r.reporter, r.reason, r.reported_at
				from abuse_report r join proposal p on p.id = r.proposal_id
				where not r.resolved and """ + proposalScope.sql() + """
				union all
				select r.id, 'COMMENT', c.id, c.subject_type, c.subject_key, left(c.body, 200), r.reporter, r.reason, r.reported_at
				from abuse_report r join consultation_comment c on c.id = r.comment_id
				join proposal p on c.subject_type = 'PROPOSAL' and cast(p.id as text) = c.subject_key
				where not r.resolved and not c.hidden and """ + proposalScope.sql() + """
				union all
				select r.id, 'COMMENT', c.id, c.subject_type, c.subject_key, left(c.body, 200), r.reporter, r.reason, r.reported_at
				from abuse_report r join consultation_comment c on c.id = r.comment_id
				join meeting m on c.subject_type = 'MEETING' and cast(m.id as text) = c.subject_key
				where not r.resolved and not c.hidden and """ + meetingScope.sql() + """
				union all
				select r.id, 'COMMENT', c.id, c.subject_type, c.subject_key, left(c.body, 200), r.reporter, r.reason, r.reported_at
				from abuse_report r join consultation_comment c on c.id = r.comment_id
				where not r.resolved and not c.hidden and c.subject_type = 'PROJECT'
				order by 9 limit 200
				""").params(parameters)
			.query((rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class)))
			.list());
		model.addAttribute("latest", jdbc.sql(Proposals.SELECT + " where " + proposalScope.sql()
				+ " order by p.created_at desc, p.id desc limit 50").params(proposalScope.parameters())
			.query(Proposals::row).list());
		return "consultation/moderation";
	}
}
