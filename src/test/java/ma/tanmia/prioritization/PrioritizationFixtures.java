package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.identity.UserAdministration;
import ma.tanmia.organization.Organization;
import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramKind;
import ma.tanmia.program.Programs;
import ma.tanmia.project.Competence;
import ma.tanmia.project.PlannedFunding;
import ma.tanmia.project.ProjectDescription;
import ma.tanmia.project.ProjectEditing;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import static ma.tanmia.RunAs.account;

/** Programs 2022–2027 of communes of Agadir Ida-Outanane away from other tests, with their accounts. */
@Component
class PrioritizationFixtures {

	@Autowired
	Programs programs;
	@Autowired
	ProjectEditing editing;
	@Autowired
	Organizations organizations;
	@Autowired
	UserAdministration users;
	@Autowired
	UserDetailsService accounts;

	Organization council(String commune) {
		return account(accounts, "admin", () -> organizations.findByCode("PRIO-CC-" + commune).orElseGet(() -> organizations
			.register("PRIO-CC-" + commune, OrganizationKind.COMMUNAL_COUNCIL,
					new LocalizedName("مجلس " + commune, "Conseil " + commune, null), commune, null)));
	}

	void person(String username, Role role, String territory, String commune) {
		try {
			accounts.loadUserByUsername(username);
			return;
		}
		catch (org.springframework.security.core.userdetails.UsernameNotFoundException absent) {
			// opened below
		}
		account(accounts, "admin", () -> users.open(new UserAdministration.NewAccount(username, "Test-Prio-2026", username,
				null, council(commune).id(), List.of(new UserAdministration.Grant(role, territory)))));
	}

	/** A PAC 2022–2027 of a commune with a planner (username planner.prio.<commune>). */
	Program pac(String commune) {
		person("planner.prio." + commune.toLowerCase(), Role.PLANNER, commune, commune);
		var existing = programs.findByCode("PRIO-PAC-" + commune);
		if (existing.isPresent()) {
			return existing.get();
		}
		return account(accounts, "admin", () -> programs.open("PRIO-PAC-" + commune, ProgramKind.PAC, "2022-2027", commune,
				council(commune).code(), new LocalizedName("برنامج " + commune, "PAC " + commune, null), false));
	}

	long project(Program program, String code, long cost, boolean land, boolean studies, List<PlannedFunding> funding) {
		return project(program, code, cost, land, studies, funding, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
	}

	long project(Program program, String code, long cost, boolean land, boolean studies, List<PlannedFunding> funding,
			LocalDate plannedStart, LocalDate plannedEnd) {
		return account(accounts, "admin", () -> editing.register(code, program.id(),
				new ProjectDescription("مشروع " + code, "Projet " + code, null, null, null, "ROADS", Competence.OWN,
						program.territoryCode(), null, null, null, null, null, BigDecimal.valueOf(cost), land, studies,
						plannedStart, plannedEnd),
				funding, false));
	}
}
