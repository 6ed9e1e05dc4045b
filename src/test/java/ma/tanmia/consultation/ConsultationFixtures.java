package ma.tanmia.consultation;

import java.time.LocalDateTime;
import java.util.List;

import ma.tanmia.identity.UserAdministration;
import ma.tanmia.organization.Organizations;
import ma.tanmia.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import static ma.tanmia.RunAs.account;

/** Test accounts and meetings in Inezgane-Aït Melloul, beside the demonstration data. */
@Component
class ConsultationFixtures {

	@Autowired
	UserAdministration users;
	@Autowired
	Organizations organizations;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	Meetings meetings;
	@Autowired
	JdbcClient jdbc;

	/** An account with one role, created once (password Test-Account-2026, e-mail {@code <name>@example.org}). */
	String person(String username, Role role, String territory) {
		if (!users.exists(username)) {
			long org = organizations.findByCode("PUBLIC").orElseThrow().id();
			account(accounts, "admin", () -> users.open(new UserAdministration.NewAccount(username, "Test-Account-2026",
					"Test " + username, username + "@example.org", org, List.of(new UserAdministration.Grant(role, territory)))));
		}
		return username;
	}

	long meeting(String as, String territory, String titleFr) {
		return account(accounts, as, () -> meetings.schedule(new MeetingDraft(MeetingKind.WORKSHOP, "ورشة " + titleFr, titleFr,
				null, null, "CC-INE-01", "Président", LocalDateTime.of(2026, 6, 10, 9, 30), LocalDateTime.of(2026, 6, 10, 12, 0),
				territory, "Salle des fêtes", List.of("Ouverture", "Diagnostic"), false), as));
	}

	/** A session of the council of {@code territory} (its agenda may carry petitions). */
	long session(String as, String territory, String titleFr) {
		return account(accounts, as, () -> meetings.schedule(new MeetingDraft(MeetingKind.COUNCIL_SESSION, "دورة " + titleFr,
				titleFr, null, null, "CC-INE-01", "Président", LocalDateTime.of(2026, 2, 3, 10, 0), null, territory,
				"Salle des sessions", List.of("Ouverture"), false), as));
	}

	/** A demonstration project of the commune of Inezgane. */
	String projectOfInezgane() {
		return jdbc.sql("select code from project where territory_path like '/MA/MA-09/MA-INE/MA-INE-01/%' order by code limit 1")
			.query(String.class).single();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
