package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.identity.UserAdministration;
import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramKind;
import ma.tanmia.program.Programs;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import static ma.tanmia.RunAs.account;

/** Test programs and projects in Agadir Ida-Outanane's communes, away from the demonstration data. */
@Component
class ProjectFixtures {

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

	/** A PAC 2016–2021 for a commune, and a planner of that commune (username {@code planner.<commune>}). */
	Program pac(String communeCode) {
		return account(accounts, "admin", () -> {
			String org = "TEST-CC-" + communeCode;
			var council = organizations.findByCode(org).orElseGet(() -> organizations.register(org,
					OrganizationKind.COMMUNAL_COUNCIL, new LocalizedName("مجلس " + communeCode, "Conseil " + communeCode, null),
					communeCode, null));
			users.open(new UserAdministration.NewAccount("planner." + communeCode.toLowerCase(), "Test-Planner-2026",
					"Planner " + communeCode, null, council.id(), List.of(new UserAdministration.Grant(Role.PLANNER, communeCode))));
			return programs.open("TEST-PAC-" + communeCode, ProgramKind.PAC, "2016-2021", communeCode, org,
					new LocalizedName("برنامج عمل " + communeCode, "PAC " + communeCode, null), false);
		});
	}

	/** Another program, opened by the administrator. */
	Program program(String code, ProgramKind kind, String mandate, String territory) {
		return account(accounts, "admin", () -> programs.open(code, kind, mandate, territory, null,
				new LocalizedName("برنامج " + code, "Programme " + code, null), false));
	}

	long axis(Program program, String code, String titleFr) {
		return account(accounts, "admin",
				() -> programs.addNode(program.id(), null, code, new LocalizedName("محور " + code, titleFr, null)).id());
	}

	void project(Program program, String code, String titleAr, String titleFr, String sector, long cost,
			List<PlannedFunding> funding) {
		account(accounts, "admin", () -> editing.register(code, program.id(),
				new ProjectDescription(titleAr, titleFr, null, null, null, sector, Competence.OWN, program.territoryCode(),
						null, null, null, null, null, BigDecimal.valueOf(cost), true, true, LocalDate.of(2017, 1, 1),
						LocalDate.of(2019, 12, 31)),
				funding, false));
	}

	/** A project of the program that an organization other than the council executes. */
	void executedBy(Program program, String code, String titleFr, String sector, String executingOrgCode) {
		account(accounts, "admin", () -> editing.register(code, program.id(),
				new ProjectDescription("مشروع " + code, titleFr, null, null, null, sector, Competence.SHARED,
						program.territoryCode(), null, null, null, null, executingOrgCode, BigDecimal.valueOf(2_000_000),
						true, true, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)),
				List.of(), false));
	}

	/** A government sector's organization and its focal point (username {@code focal.<org>}) over a territory. */
	void sectorFocalPoint(String orgCode, String territoryCode) {
		account(accounts, "admin", () -> {
			var sector = organizations.findByCode(orgCode).orElseGet(() -> organizations.register(orgCode,
					OrganizationKind.STATE_SECTOR, new LocalizedName("مندوبية " + orgCode, "Délégation " + orgCode, null),
					territoryCode, "health"));
			return users.open(new UserAdministration.NewAccount("focal." + orgCode.toLowerCase(), "Test-Planner-2026",
					"Point focal " + orgCode, null, sector.id(), List.of(new UserAdministration.Grant(Role.SECTOR_FOCAL_POINT,
							territoryCode))));
		});
	}

	void progress(String code, ProjectStatus status, int percent, LocalDate on) {
		account(accounts, "admin", () -> {
			editing.reportProgress(code, status, BigDecimal.valueOf(percent), on, null, "admin");
			return null;
		});
	}

	void blocking(String code, String cause) {
		account(accounts, "admin", () -> {
			editing.recordBlocking(code, cause, LocalDate.of(2019, 3, 1), null, null, null);
			return null;
		});
	}

	void finance(String code, String source, boolean payment, long amount) {
		account(accounts, "admin", () -> {
			editing.recordFinance(code, source, payment, LocalDate.of(2019, 6, 1), BigDecimal.valueOf(amount), null, "admin");
			return null;
		});
	}
}
