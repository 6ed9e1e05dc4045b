package ma.tanmia.indicator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API over the demonstration diagnosis of Souss-Massa. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void the_values_of_the_communes_of_a_prefecture_come_with_their_status_and_only_validated_ones_count() throws Exception {
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/values").param("territory", "MA-INE").param("year", "2024")
			.param("level", "commune").with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values", hasSize(6)))
			.andExpect(jsonPath("$.values[?(@.territory == 'MA-INE-05')].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.values[?(@.territory == 'MA-INE-05')].counts").value(false))
			.andExpect(jsonPath("$.values[?(@.territory == 'MA-INE-01')].status").value("VALIDATED"))
			.andExpect(jsonPath("$.values[?(@.territory == 'MA-INE-01')].goalKind").value("TARGET"));
	}

	@Test
	void the_disparity_of_a_prefecture_matches_the_figures_recomputed_from_its_validated_values() throws Exception {
		// Recomputed here from the rows the API should use: validated commune values of 2023 and 2014 populations.
		var rows = jdbc.sql("""
				select v.value from indicator_value v join indicator i on i.id = v.indicator_id
				where i.code = 'UNEMPLOYMENT' and v.year = 2023 and v.status = 'VALIDATED' and v.territory_path like '/MA/MA-09/MA-INE/%'
				""").query(Double.class).list();
		double mean = rows.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double max = rows.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		double min = rows.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		mvc.perform(get("/api/v1/indicators/UNEMPLOYMENT/disparity").param("territory", "MA-INE").param("year", "2023")
			.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plain.units").value(6))
			.andExpect(jsonPath("$.weighted.units").value(6))
			.andExpect(jsonPath("$.plain.mean").value(closeTo(mean, 1e-9)))
			.andExpect(jsonPath("$.plain.maxMinRatio").value(closeTo(max / min, 1e-9)))
			.andExpect(jsonPath("$.weighted.gini").isNumber())
			.andExpect(jsonPath("$.plain.theil").isNumber());
	}

	@Test
	void the_disparity_of_every_province_of_a_region_comes_in_one_request() throws Exception {
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/disparity").param("territory", "MA-09").param("year", "2022")
			.param("byChild", "true").with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].territory").value("MA-AGD"))
			.andExpect(jsonPath("$[0].plain.units").value(13))
			.andExpect(jsonPath("$[0].weighted.units").value(11));
	}

	@Test
	void the_disparity_of_every_province_of_the_country_comes_in_one_request() throws Exception {
		// The demonstration values lie in Souss-Massa's two prefectures/provinces: the same groups as by region.
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/disparity").param("territory", "MA").param("year", "2022")
			.param("by", "province").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].territory").value("MA-AGD"))
			.andExpect(jsonPath("$[0].plain.units").value(13))
			.andExpect(jsonPath("$[0].weighted.units").value(11));
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/disparity").param("territory", "MA-INE").param("year", "2022")
			.param("by", "region").with(account(accounts, "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_ratio_indicator_aggregates_as_the_ratio_of_the_summed_terms() throws Exception {
		double expected = jdbc.sql("""
				select sum(n.value) / sum(d.value) * 100
				from indicator_value n join indicator ni on ni.id = n.indicator_id and ni.code = 'HOUSEHOLDS_SEWER'
				join indicator_value d on d.territory_code = n.territory_code and d.year = n.year
				join indicator di on di.id = d.indicator_id and di.code = 'HOUSEHOLDS'
				where n.year = 2021 and n.territory_path like '/MA/MA-09/MA-AGD/%' and n.status = 'VALIDATED' and d.status = 'VALIDATED'
				""").query(Double.class).single();
		mvc.perform(get("/api/v1/indicators/SEWER_CONNECTION_RATE/values").param("territory", "MA-AGD").param("year", "2021")
			.with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aggregate").value(closeTo(expected, 1e-6)));
	}

	@Test
	void province_values_not_recorded_as_such_are_aggregated_from_their_communes() throws Exception {
		mvc.perform(get("/api/v1/indicators/HOUSEHOLDS/values").param("territory", "MA-09").param("year", "2020")
			.param("level", "prefecture").with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values", hasSize(2)))
			.andExpect(jsonPath("$.values[0].computed").value(true));
		double inezgane = jdbc.sql("""
				select sum(v.value) from indicator_value v join indicator i on i.id = v.indicator_id
				where i.code = 'HOUSEHOLDS' and v.year = 2020 and v.status = 'VALIDATED' and v.territory_path like '/MA/MA-09/MA-INE/%'
				""").query(Double.class).single();
		mvc.perform(get("/api/v1/indicators/HOUSEHOLDS/values").param("territory", "MA-09").param("year", "2020")
			.param("level", "prefecture").with(account(accounts, "planner.region")))
			.andExpect(jsonPath("$.values[?(@.territory == 'MA-INE')].value").value(org.hamcrest.Matchers.hasItem(closeTo(inezgane, 1e-6))));
	}

	@Test
	void a_reader_outside_the_territory_is_refused_and_an_unknown_indicator_is_a_clear_404() throws Exception {
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/values").param("territory", "MA-AGD").param("year", "2024")
			.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/indicators/NOPE/disparity").param("territory", "MA-INE").param("year", "2024")
			.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("indicator.error.unknown"));
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/disparity").param("territory", "MA-INE").param("year", "2024"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void the_map_data_classes_every_validated_commune_and_gives_the_legend_limits() throws Exception {
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/map").param("territory", "MA-09").param("year", "2023")
			.param("method", "EQUAL_INTERVALS").param("classes", "4").with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.limits", hasSize(5)))
			// The 19 communes of the reference data have a validated value (other tests may add communes without one).
			.andExpect(jsonPath("$.units[?(@.value != null)]", hasSize(19)));
		assertThat(jdbc.sql("select count(*) from indicator where demonstration").query(Long.class).single()).isGreaterThanOrEqualTo(20);
	}
}
