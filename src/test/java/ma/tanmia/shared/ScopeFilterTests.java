package ma.tanmia.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeFilterTests {

	@Test
	void a_scope_sees_what_lies_in_it_and_the_units_that_contain_it() {
		ScopeFilter filter = ScopeFilter.overlapping(List.of("/MA/MA-09/MA-INE/"), "p.territory_path");
		assertThat(filter.sql()).isEqualTo("((p.territory_path >= :scope0From and p.territory_path < :scope0To)"
				+ " or p.territory_path in (:scopeAncestors))");
		assertThat(filter.parameters()).containsEntry("scope0From", "/MA/MA-09/MA-INE/")
			.containsEntry("scope0To", "/MA/MA-09/MA-INE0")
			.containsEntry("scopeAncestors", List.of("/MA/", "/MA/MA-09/"));
	}

	@Test
	void no_scope_sees_nothing() {
		assertThat(ScopeFilter.overlapping(List.of(), "p.territory_path").sql()).isEqualTo("false");
	}

	@Test
	void the_country_scope_has_no_ancestor() {
		assertThat(ScopeFilter.ancestorsOf("/MA/")).isEmpty();
		assertThat(ScopeFilter.overlapping(List.of("/MA/"), "x").sql()).isEqualTo("((x >= :scope0From and x < :scope0To))");
	}
}
