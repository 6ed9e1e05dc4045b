package ma.tanmia.project;

import java.time.LocalDate;

import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramKind;
import ma.tanmia.program.ProgramPhase;
import ma.tanmia.program.Programs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ProgramPageTests {

	@Autowired
	ProjectFixtures fixtures;
	@Autowired
	Programs programs;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;

	@Test
	void the_program_page_shows_each_recorded_phase_on_its_timeline_with_its_dates_and_act() throws Exception {
		Program program = fixtures.program("TEST-PDP-TIMELINE", ProgramKind.PDP, "2022-2027", "MA-TIZ");
		ma.tanmia.RunAs.account(accounts, "admin", () -> {
			programs.recordPhase(program.id(), new Programs.PhaseRecord(ProgramPhase.ADOPTION, LocalDate.of(2023, 2, 1),
					LocalDate.of(2023, 2, 14), "DEL-2023-07", LocalDate.of(2023, 2, 14), null, null, null), "admin");
			return null;
		});

		mvc.perform(get("/programs/" + program.id()).param("lang", "fr").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Achevée le 14 février 2023.")))
			.andExpect(content().string(containsString("DEL-2023-07")));
	}
}
