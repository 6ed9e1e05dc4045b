package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A region's evaluation has some 1,500 program axes: the page shows the largest rows of each
 * breakdown and offers the rest, so it stays readable and quick.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationPageFoldingTests {

	static final String REGION = "MA-01"; // a region no other test programs for 2022–2027

	@Autowired
	ProjectFixtures fixtures;
	@Autowired
	ProjectEditing editing;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;

	/** 27 axes of a 2022–2027 program, one project each, costing 1,000 × (axis number) MAD. */
	@BeforeAll
	void twentySevenAxes() {
		Program program = fixtures.program("TEST-FOLD-PDR", ProgramKind.PDR, "2022-2027", REGION);
		for (int i = 1; i <= 27; i++) {
			long axis = fixtures.axis(program, "A" + i, "Axe numéro " + i);
			long cost = 1_000L * i;
			String code = "FOLD-P" + i;
			ma.tanmia.RunAs.account(accounts, "admin", () -> editing.register(code, program.id(),
					new ProjectDescription("مشروع " + code, "Projet " + code, null, null, axis, "ROADS", Competence.OWN,
							REGION, null, null, null, null, null, BigDecimal.valueOf(cost), true, true,
							LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)),
					List.<PlannedFunding>of(), false));
		}
	}

	@Test
	void the_page_shows_the_25_costliest_axes_and_says_how_many_there_are() throws Exception {
		String html = mvc.perform(get("/evaluation").param("mandate", "2022-2027").param("territory", REGION)
			.param("lang", "fr").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String axes = section(html, "id=\"byAxis\"");
		// Costs 27,000 down to 3,000 MAD are shown; the two cheapest (axes 1 and 2) are folded away.
		assertThat(axes).contains("Axe numéro 27", "Axe numéro 3").doesNotContain("Axe numéro 2<", "Axe numéro 1<");
		assertThat(html).contains("id=\"byAxis-folded\"", "Les 25 lignes au coût le plus élevé sur 27",
				"all=byAxis#byAxis");
	}

	@Test
	void asking_for_every_row_shows_all_27_axes() throws Exception {
		String html = mvc.perform(get("/evaluation").param("mandate", "2022-2027").param("territory", REGION)
			.param("all", "byAxis").param("lang", "fr").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(section(html, "id=\"byAxis\"")).contains("Axe numéro 27", "Axe numéro 2<", "Axe numéro 1<");
		assertThat(html).doesNotContain("id=\"byAxis-folded\"");
	}

	private static String section(String html, String marker) {
		int start = html.indexOf(marker);
		assertThat(start).as("the page has %s", marker).isPositive();
		return html.substring(start, html.indexOf("</table>", start));
	}
}
