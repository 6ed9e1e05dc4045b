package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ma.tanmia.RunAs;
import ma.tanmia.program.Program;
import ma.tanmia.project.PlannedFunding;
import ma.tanmia.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Programming runs in the background through the API and the pages: the run answers at once, the
 * job is polled to its end, caps hold, left-out projects say why; a run can be stopped; only the
 * program's planners run and choose.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammingJobsTests {

	@Autowired
	PrioritizationFixtures fixtures;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;
	@Autowired
	Programming programming;
	@Autowired
	ProgrammingJobs jobs;

	Program aziar;
	static final String PLANNER = "planner.prio.ma-agd-06";

	@BeforeAll
	void candidates() {
		aziar = fixtures.pac("MA-AGD-06");
		fixtures.person("governor.prio.jobs", Role.GOVERNOR_OFFICE, "MA-AGD", "MA-AGD-06");
		// Three one-year projects paid by the commune (6, 5 and 5 M MAD) and one shared with INDH.
		fixtures.project(aziar, "PJ-A", 6_000_000, true, true, List.of());
		fixtures.project(aziar, "PJ-B", 5_000_000, true, true, List.of());
		fixtures.project(aziar, "PJ-C", 5_000_000, true, true, List.of());
		fixtures.project(aziar, "PJ-D", 4_000_000, true, true, List.of(
				new PlannedFunding("COMMUNE", 2023, new BigDecimal("2000000")),
				new PlannedFunding("INDH", 2023, new BigDecimal("2000000"))));
	}

	String scenario(String name, String communeCap, String extra) {
		String caps = "[" + String.join(",", java.util.Collections.nCopies(6, communeCap)) + "]";
		return """
				{"name": "%s", "firstYear": 2023, "years": 6, "caps": {"COMMUNE": %s, "INDH": [0, 0, 0, 0, 0, 0]},
				 "timeLimitSeconds": 10 %s}
				""".formatted(name, caps, extra);
	}

	JsonNode until(long jobId, String who) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			String body = mvc.perform(get("/api/v1/programming-jobs/" + jobId).with(account(accounts, who)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			JsonNode job = json.readTree(body);
			String status = job.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING") || System.nanoTime() > deadline) {
				return job;
			}
			Thread.sleep(200);
		}
	}

	@Test
	void a_run_answers_at_once_and_its_job_ends_with_a_schedule_within_the_caps_and_reasons_for_the_rest() throws Exception {
		// Commune capped at 10 M MAD a year for six years: A, B, C all fit over the years; D needs INDH,
		// capped at 0, so it is left out for the INDH cap of its first possible year.
		String body = mvc.perform(post("/api/v1/programs/" + aziar.id() + "/programming").with(csrf())
				.with(account(accounts, PLANNER)).contentType(MediaType.APPLICATION_JSON)
				.content(scenario("Caps 10 M", "10000000", "")))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		long jobId = json.readTree(body).get("jobId").asLong();
		JsonNode job = until(jobId, PLANNER);
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("solverStatus").asString()).isEqualTo("OPTIMAL");
		assertThat(job.get("gap").asDouble()).isZero();
		assertThat(job.get("schedule")).extracting(l -> l.get("code").asString()).containsExactlyInAnyOrder("PJ-A", "PJ-B", "PJ-C");
		for (JsonNode cap : job.get("caps")) {
			assertThat(cap.get("used").asLong()).isLessThanOrEqualTo(cap.get("cap").asLong());
		}
		JsonNode refusal = job.get("notChosen").get(0);
		assertThat(refusal.get("code").asString()).isEqualTo("PJ-D");
		assertThat(refusal.get("rule").asString()).isEqualTo("CAP");
		assertThat(refusal.get("source").asString()).isEqualTo("INDH");
		assertThat(refusal.get("year").asInt()).isEqualTo(2023);
		assertThat(job.get("greedyRatio").decimalValue()).isLessThanOrEqualTo(BigDecimal.ONE);

		// The part of the page that polls while the solver runs renders on its own, without polling once done.
		mvc.perform(get("/programming/jobs/" + jobId + "/status").with(account(accounts, PLANNER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"job-status\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
		// The job page shows it; the planner chooses it and it becomes the program's programming.
		mvc.perform(get("/programming/jobs/" + jobId).with(account(accounts, PLANNER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"refusals\"")));
		long scenarioId = job.get("scenarioId").asLong();
		mvc.perform(post("/programming/scenarios/" + scenarioId + "/choose").with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get("/programs/" + aziar.id() + "/programming").with(account(accounts, PLANNER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"chosen-table\"")));
	}

	@Test
	void others_may_follow_a_run_but_only_the_programs_planners_start_stop_or_choose() throws Exception {
		long before = jdbc.sql("select count(*) from programming_job where program_id = :p").param("p", aziar.id())
			.query(Long.class).single();
		mvc.perform(post("/api/v1/programs/" + aziar.id() + "/programming").with(csrf())
			.with(account(accounts, "governor.prio.jobs")).contentType(MediaType.APPLICATION_JSON)
			.content(scenario("Governor", "10000000", ""))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/programs/" + aziar.id() + "/programming").with(csrf())
			.with(account(accounts, "planner.aitmelloul")).contentType(MediaType.APPLICATION_JSON)
			.content(scenario("Neighbour", "10000000", ""))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from programming_job where program_id = :p").param("p", aziar.id())
			.query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from programming_scenario where name in ('Governor', 'Neighbour')")
			.query(Long.class).single()).isZero();

		String body = mvc.perform(post("/api/v1/programs/" + aziar.id() + "/programming").with(csrf())
				.with(account(accounts, PLANNER)).contentType(MediaType.APPLICATION_JSON)
				.content(scenario("Followed", "10000000", ""))).andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		long jobId = json.readTree(body).get("jobId").asLong();
		// The governor's office follows it; a planner elsewhere does not even see it.
		until(jobId, "governor.prio.jobs");
		mvc.perform(get("/api/v1/programming-jobs/" + jobId).with(account(accounts, "planner.aitmelloul")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/programming-jobs/" + jobId + "/cancel").with(csrf())
			.with(account(accounts, "governor.prio.jobs"))).andExpect(status().isForbidden());
		long scenarioId = json.readTree(body).get("scenarioId").asLong();
		mvc.perform(post("/programming/scenarios/" + scenarioId + "/choose").with(csrf())
			.with(account(accounts, "governor.prio.jobs"))).andExpect(status().isForbidden());
	}

	@Test
	void unknown_programs_and_runs_are_not_found() throws Exception {
		mvc.perform(get("/programs/999999/priorities").with(account(accounts, PLANNER))).andExpect(status().isNotFound());
		mvc.perform(get("/programming/jobs/999999").with(account(accounts, PLANNER))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programming-jobs/999999").with(account(accounts, PLANNER))).andExpect(status().isNotFound());
	}

	@Test
	void a_scenario_with_a_bad_cap_or_an_unknown_precedence_is_refused_with_its_reason() throws Exception {
		mvc.perform(post("/api/v1/programs/" + aziar.id() + "/programming").with(csrf()).with(account(accounts, PLANNER))
			.contentType(MediaType.APPLICATION_JSON).content(scenario("Negative", "-5", "")))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("programming.scenario.cap")));
		mvc.perform(post("/api/v1/programs/" + aziar.id() + "/programming").with(csrf()).with(account(accounts, PLANNER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(scenario("Unknown", "10000000", ", \"precedences\": [[\"PJ-A\", \"NOPE\"]]")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("programming.scenario.precedenceUnknown")));
		assertThat(jdbc.sql("select count(*) from programming_scenario where name in ('Negative', 'Unknown')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void a_long_solve_is_stopped_when_cancelled_and_keeps_the_best_schedule_found() throws Exception {
		String body = mvc.perform(post("/api/v1/programs/" + aziar.id() + "/programming").with(csrf())
				.with(account(accounts, PLANNER)).contentType(MediaType.APPLICATION_JSON)
				.content(scenario("To stop", "10000000", ""))).andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		until(json.readTree(body).get("jobId").asLong(), PLANNER);
		long scenarioId = json.readTree(body).get("scenarioId").asLong();
		// A job of that scenario on a large synthetic instance, with a long time limit.
		long jobId = jdbc.sql("""
				insert into programming_job (scenario_id, program_id, status, requested_by) values (:s, :p, 'QUEUED', :by)
				returning id
				""").param("s", scenarioId).param("p", aziar.id()).param("by", PLANNER).query(Long.class).single();
		jobs.submit(jobId, SyntheticProgramming.generate(600, 7), 300);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (jobs.progress(jobId) == null || jobs.progress(jobId).objective() == 0) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.sleep(100);
		}
		long asked = System.nanoTime();
		mvc.perform(post("/api/v1/programming-jobs/" + jobId + "/cancel").with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(status().isOk());
		JsonNode job = until(jobId, PLANNER);
		assertThat(job.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(20));
		assertThat(job.get("schedule").size()).isPositive();
		assertThat(job.get("solverStatus").asString()).isIn("STOPPED", "OPTIMAL");
	}
}
