package ma.tanmia.project;

import java.math.BigDecimal;
import java.util.List;

import ma.tanmia.program.Program;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A government sector's focal point "declares and updates the sector's projects in the territory"
 * (the brief's users): it keeps the execution of the projects its organization executes or owns up
 * to date, and nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectorFocalPointTests {

	@Autowired
	ProjectFixtures fixtures;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void aHealthDelegationAndItsProjects() {
		Program pac = fixtures.pac("MA-AGD-11");
		fixtures.sectorFocalPoint("TEST-DPS-AGD", "MA-AGD");
		fixtures.sectorFocalPoint("TEST-DPS-INE", "MA-INE");
		fixtures.executedBy(pac, "FP-HEALTH-1", "Centre de santé rural", "HEALTH", "TEST-DPS-AGD");
		fixtures.executedBy(pac, "FP-ROAD-1", "Piste rurale", "ROADS", null);
	}

	@Test
	void the_focal_point_reports_progress_on_a_project_its_delegation_executes_and_it_is_audited() throws Exception {
		long version = jdbc.sql("select version from project where code = 'FP-HEALTH-1'").query(Long.class).single();
		mvc.perform(get("/projects/FP-HEALTH-1").param("lang", "fr").with(account(accounts, "focal.test-dps-agd")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"progress-form\""), not(containsString("id=\"edit-project\"")))));

		mvc.perform(post("/projects/FP-HEALTH-1/progress").with(csrf()).with(account(accounts, "focal.test-dps-agd"))
			.param("version", String.valueOf(version)).param("status", "IN_PROGRESS").param("physicalProgress", "35")
			.param("recordedOn", "2018-06-30").param("comment", "Gros œuvre achevé"))
			.andExpect(redirectedUrl("/projects/FP-HEALTH-1#progress"));

		assertThat(jdbc.sql("select physical_progress from project where code = 'FP-HEALTH-1'").query(BigDecimal.class).single())
			.isEqualByComparingTo("35");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where entity_type = 'Project' and entity_id = 'FP-HEALTH-1'
				and actor = 'focal.test-dps-agd'""").query(Long.class).single()).isPositive();
	}

	@Test
	void the_focal_point_cannot_update_a_project_its_delegation_does_not_execute() throws Exception {
		long version = jdbc.sql("select version from project where code = 'FP-ROAD-1'").query(Long.class).single();
		mvc.perform(get("/projects/FP-ROAD-1").with(account(accounts, "focal.test-dps-agd")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"progress-form\""))));
		mvc.perform(post("/projects/FP-ROAD-1/progress").with(csrf()).with(account(accounts, "focal.test-dps-agd"))
			.param("version", String.valueOf(version)).param("status", "COMPLETED").param("physicalProgress", "100")
			.param("recordedOn", "2019-01-01"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projects/FP-ROAD-1/finance").with(csrf()).with(account(accounts, "focal.test-dps-agd"))
			.param("sourceCode", "STATE").param("kind", "COMMITMENT").param("occurredOn", "2019-01-01").param("amount", "1000"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from project where code = 'FP-ROAD-1'").query(String.class).single())
			.isEqualTo("PROGRAMMED");
	}

	@Test
	void describing_the_project_and_its_funding_plan_stays_with_the_programs_planners() throws Exception {
		mvc.perform(get("/projects/FP-HEALTH-1/edit").with(account(accounts, "focal.test-dps-agd")))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_focal_point_of_the_same_sector_elsewhere_cannot_update_the_project() throws Exception {
		mvc.perform(post("/projects/FP-HEALTH-1/blockings").with(csrf()).with(account(accounts, "focal.test-dps-ine"))
			.param("causeCode", "PARTNER_CONTRIBUTION_UNPAID").param("startedOn", "2019-01-01"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from project_blocking b join project p on p.id = b.project_id where p.code = 'FP-HEALTH-1'")
			.query(Long.class).single()).isZero();
	}
}
