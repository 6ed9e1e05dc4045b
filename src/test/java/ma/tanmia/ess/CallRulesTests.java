package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an INDH call (60 %, 300,000 MAD, in kind at most half the own contribution), computed by hand. */
class CallRulesTests {

	static final LocalDate DAY = LocalDate.of(2025, 3, 10);
	static final String TALIOUINE = "/MA/MA-09/MA-TAR/";

	static final CallRules INDH = new CallRules(new BigDecimal("60"), new BigDecimal("300000"), new BigDecimal("50"),
			Set.of(ValueChain.ARGAN, ValueChain.SAFFRON), List.of(TALIOUINE), LocalDate.of(2025, 1, 1),
			LocalDate.of(2025, 6, 30));

	static CallRules.Proposal proposal(String budget, String requested, String cash, String inKind) {
		return new CallRules.Proposal(new BigDecimal(budget), new BigDecimal(requested), new BigDecimal(cash),
				new BigDecimal(inKind), ValueChain.SAFFRON, TALIOUINE, CooperativeStatus.ACTIVE, DAY);
	}

	@Test
	void sixty_percent_of_a_500000_project_is_exactly_the_limit_and_passes() {
		// 300,000 / 500,000 = 60 % ≤ 60 %; 300,000 ≤ 300,000; own 150,000 cash + 50,000 in kind = 200,000;
		// 300,000 + 200,000 = 500,000 = budget; in kind 50,000 / 200,000 = 25 % ≤ 50 %.
		assertThat(INDH.check(proposal("500000", "300000", "150000", "50000"))).isEmpty();
	}

	@Test
	void asking_310000_of_500000_breaks_both_the_share_and_the_ceiling_with_the_figures() {
		// 310,000 / 500,000 = 62 % > 60 % (at most 500,000 × 60 % = 300,000); 310,000 > 300,000.
		List<RuleFailure> failures = INDH.check(proposal("500000", "310000", "190000", "0"));
		assertThat(failures).extracting(RuleFailure::messageKey).containsExactly("ess.rule.share", "ess.rule.amount");
		assertThat(failures.get(0).figures()).extracting(RuleFailure.Figure::value)
			.containsExactly(new BigDecimal("310000"), new BigDecimal("62.00"), new BigDecimal("500000"),
					new BigDecimal("60"), new BigDecimal("300000.00"));
	}

	@Test
	void a_large_project_within_the_share_still_meets_the_300000_ceiling() {
		// 700,000 budget: 400,000 is 57.15 % (≤ 60 %) but above the 300,000 MAD ceiling.
		assertThat(INDH.check(proposal("700000", "400000", "300000", "0"))).extracting(RuleFailure::messageKey)
			.containsExactly("ess.rule.amount");
	}

	@Test
	void in_kind_above_half_of_the_own_contribution_is_refused_with_the_allowed_ceiling() {
		// own = 80,000 cash + 120,000 in kind = 200,000; in kind 120,000 / 200,000 = 60 % > 50 %, at most 100,000.
		List<RuleFailure> failures = INDH.check(proposal("500000", "300000", "80000", "120000"));
		assertThat(failures).extracting(RuleFailure::messageKey).containsExactly("ess.rule.inKind");
		assertThat(failures.get(0).figures()).extracting(RuleFailure.Figure::value)
			.containsExactly(new BigDecimal("120000"), new BigDecimal("60.00"), new BigDecimal("200000"),
					new BigDecimal("50"), new BigDecimal("100000.00"));
	}

	@Test
	void in_kind_of_exactly_half_passes() {
		// 100,000 / 200,000 = 50 % ≤ 50 %.
		assertThat(INDH.check(proposal("500000", "300000", "100000", "100000"))).isEmpty();
	}

	@Test
	void a_financing_plan_that_does_not_cover_the_budget_is_refused() {
		// 250,000 requested + 200,000 own = 450,000 ≠ 500,000.
		assertThat(INDH.check(proposal("500000", "250000", "200000", "0"))).extracting(RuleFailure::messageKey)
			.containsExactly("ess.rule.balance");
	}

	@Test
	void a_value_chain_a_territory_or_a_date_outside_the_call_are_each_explained() {
		var outside = new CallRules.Proposal(new BigDecimal("100000"), new BigDecimal("60000"), new BigDecimal("40000"),
				BigDecimal.ZERO, ValueChain.HONEY, "/MA/MA-09/MA-TIZ/", CooperativeStatus.DORMANT, LocalDate.of(2025, 7, 1));
		assertThat(INDH.check(outside)).extracting(RuleFailure::messageKey).containsExactly(
				"ess.rule.cooperative.inactive", "ess.rule.closed", "ess.rule.valueChain", "ess.rule.territory");
	}

	@Test
	void a_call_with_a_different_share_applies_its_own_figures() {
		// Regional fund: 70 % and 500,000 MAD. 350,000 / 500,000 = 70 % passes; 350,001 is 70.01 % (rounded up) and fails.
		CallRules regional = new CallRules(new BigDecimal("70"), new BigDecimal("500000"), new BigDecimal("100"), Set.of(),
				List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(regional.check(proposal("500000", "350000", "150000", "0"))).isEmpty();
		assertThat(regional.check(proposal("500000", "350001", "149999", "0"))).extracting(RuleFailure::messageKey)
			.containsExactly("ess.rule.share");
	}
}
