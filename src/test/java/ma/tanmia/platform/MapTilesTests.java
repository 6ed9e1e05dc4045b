package ma.tanmia.platform;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static ma.tanmia.SignedInAs.account;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every map (diagnosis, proposals, coordination, ESS) takes its base tiles from one setting, tanmia.map.tile-url. */
@SpringBootTest
@AutoConfigureMockMvc
class MapTilesTests {

	static final String TILES = "https://tiles.example.ma/{z}/{x}/{y}.png";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	/** The four map pages, each with the id of its map element. */
	List<MockHttpServletRequestBuilder> mapPages() {
		return List.of(
				get("/indicators/map").param("territory", "MA-INE").with(account(accounts, "planner.region")),
				get("/public/proposals").param("territory", "MA-INE-01"),
				get("/coordination").param("territory", "MA-INE-01").with(account(accounts, "admin")),
				get("/ess").param("territory", "MA-09").with(account(accounts, "planner.region")));
	}

	static final String[] MAP_IDS = { "id=\"diagnosis-map\"", "id=\"proposals-map\"", "id=\"coordination-map\"", "id=\"ess-map\"" };

	@Test
	void without_a_tile_server_no_map_names_one_so_every_map_works_offline() throws Exception {
		List<MockHttpServletRequestBuilder> pages = mapPages();
		for (int i = 0; i < pages.size(); i++) {
			mvc.perform(pages.get(i)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(MAP_IDS[i]), not(containsString("data-tile-url")))));
		}
	}

	@Nested
	@TestPropertySource(properties = { "tanmia.map.tile-url=" + TILES, "tanmia.map.tile-attribution=© Example" })
	class WithATileServer {

		@Test
		void every_map_page_hands_the_configured_tile_server_and_attribution_to_its_map() throws Exception {
			List<MockHttpServletRequestBuilder> pages = mapPages();
			for (int i = 0; i < pages.size(); i++) {
				mvc.perform(pages.get(i)).andExpect(status().isOk())
					.andExpect(content().string(allOf(containsString(MAP_IDS[i]),
							containsString("data-tile-url=\"" + TILES + "\""),
							containsString("data-tile-attribution=\"© Example\""))));
			}
		}
	}
}
