package ma.tanmia.indicator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each formula of docs/DIAGNOSIS.md against figures computed by hand. */
class DiagnosisComputationTests {

	static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-6);

	@Test
	void a_deficit_is_the_shortfall_below_the_goal_when_higher_is_better() {
		// 72 % of households connected to water, target 90 %: gap 90 − 72 = 18 points, 18 / 90 = 20 % of the goal.
		Deficit d = Deficit.of(72, 90, Polarity.HIGHER_IS_BETTER);
		assertThat(d.gap()).isCloseTo(18, CLOSE);
		assertThat(d.percentOfGoal()).isCloseTo(20, CLOSE);
		assertThat(d.reached()).isFalse();
	}

	@Test
	void a_deficit_is_the_excess_above_the_goal_when_lower_is_better_and_zero_once_reached() {
		// Unemployment 15 % against a reference of 12 %: 3 points above, 3 / 12 = 25 %.
		Deficit d = Deficit.of(15, 12, Polarity.LOWER_IS_BETTER);
		assertThat(d.gap()).isCloseTo(3, CLOSE);
		assertThat(d.percentOfGoal()).isCloseTo(25, CLOSE);
		// 10 % is better than the 12 % reference: no deficit.
		assertThat(Deficit.of(10, 12, Polarity.LOWER_IS_BETTER).gap()).isZero();
		assertThat(Deficit.of(95, 90, Polarity.HIGHER_IS_BETTER).reached()).isTrue();
		assertThat(Deficit.of(3, 0, Polarity.LOWER_IS_BETTER).percentOfGoal()).isNull();
	}

	@Test
	void plain_disparity_of_four_communes_matches_the_hand_computation() {
		// x = 10, 20, 30, 40: μ = 25; σ² = (225 + 25 + 25 + 225) / 4 = 125; CV = √125 / 25 = 0.447214.
		// Gini = Σ_i Σ_j |x_i − x_j| / (2 n² μ) = 2 × (10+20+30+10+20+10) / (2 × 16 × 25) = 200 / 800 = 0.25.
		// Theil T = (1/n) Σ (x/μ) ln(x/μ) = (0.4 ln 0.4 + 0.8 ln 0.8 + 1.2 ln 1.2 + 1.6 ln 1.6) / 4
		//         = (−0.366516 − 0.178515 + 0.218786 + 0.752006) / 4 = 0.106440. Max/min = 40 / 10 = 4.
		Disparity.Measures m = Disparity.of(observations(new double[] { 10, 20, 30, 40 }, null)).plain();
		assertThat(m.units()).isEqualTo(4);
		assertThat(m.mean()).isCloseTo(25, CLOSE);
		assertThat(m.cv()).isCloseTo(0.447214, within(1e-6));
		assertThat(m.gini()).isCloseTo(0.25, CLOSE);
		assertThat(m.theil()).isCloseTo(0.106440, within(1e-6));
		assertThat(m.maxMinRatio()).isCloseTo(4, CLOSE);
	}

	@Test
	void population_weighted_disparity_counts_each_commune_for_its_inhabitants() {
		// x = 10, 20, 30, 40 with populations 1, 1, 1, 5 (P = 8): μ_w = (10 + 20 + 30 + 200) / 8 = 32.5.
		// σ_w² = (22.5² + 12.5² + 2.5² + 5 × 7.5²) / 8 = 950 / 8 = 118.75; CV_w = 10.897247 / 32.5 = 0.335300.
		// Σ_{i<j} p_i p_j |x_i − x_j| = 10 + 20 + 150 + 10 + 100 + 50 = 340; Gini_w = 340 / (P² μ_w) = 340 / 2080 = 0.163462.
		// Theil_w = (1/P) Σ p (x/μ) ln(x/μ) = (−0.362663 − 0.298774 − 0.073886 + 5 × 0.255556) / 8 = 0.067807.
		// Cumulative population shares 0.125, 0.25, 0.375, 1: the 10th percentile is 10, the 90th is 40 → 4.
		Disparity.Measures m = Disparity.of(observations(new double[] { 10, 20, 30, 40 }, new Double[] { 1d, 1d, 1d, 5d }))
			.weighted();
		assertThat(m.mean()).isCloseTo(32.5, CLOSE);
		assertThat(m.cv()).isCloseTo(0.335300, within(1e-6));
		assertThat(m.gini()).isCloseTo(340.0 / 2080, CLOSE);
		assertThat(m.theil()).isCloseTo(0.067807, within(1e-6));
		assertThat(m.maxMinRatio()).isCloseTo(4, CLOSE);
	}

	@Test
	void the_weighted_max_min_ratio_is_the_ratio_of_the_population_deciles() {
		// Populations 1, 8, 8, 1 (P = 18): cumulative shares 0.056, 0.5, 0.944, 1 → 10th percentile 20, 90th 30 → 1.5.
		Disparity d = Disparity.of(observations(new double[] { 10, 20, 30, 40 }, new Double[] { 1d, 8d, 8d, 1d }));
		assertThat(d.weighted().maxMinRatio()).isCloseTo(1.5, CLOSE);
		assertThat(d.plain().maxMinRatio()).isCloseTo(4, CLOSE);
	}

	@Test
	void communes_without_a_known_population_are_left_out_of_the_weighted_figures_only() {
		Disparity d = Disparity.of(observations(new double[] { 10, 20, 30 }, new Double[] { 100d, null, 100d }));
		assertThat(d.plain().units()).isEqualTo(3);
		assertThat(d.weighted().units()).isEqualTo(2);
		// Equal weights on 10 and 30: μ = 20, Gini = 20 / (2 × 4 × 20) × 2 = 0.25.
		assertThat(d.weighted().gini()).isCloseTo(0.25, CLOSE);
	}

	@Test
	void equal_values_show_no_disparity_and_a_zero_minimum_has_no_max_min_ratio() {
		Disparity.Measures equal = Disparity.of(observations(new double[] { 5, 5, 5 }, null)).plain();
		assertThat(equal.cv()).isZero();
		assertThat(equal.gini()).isZero();
		assertThat(equal.theil()).isZero();
		assertThat(Disparity.of(observations(new double[] { 0, 5 }, null)).plain().maxMinRatio()).isNull();
		assertThat(Disparity.of(List.of()).plain().units()).isZero();
	}

	@Test
	void aggregation_follows_the_indicator_rule() {
		// Sum: 120 + 80 + 50 = 250 households connected.
		assertThat(HierarchyAggregation.sum(List.of(120d, 80d, 50d))).isCloseTo(250, CLOSE);
		// Population-weighted mean: (90 × 1000 + 60 × 3000) / 4000 = 67.5 %; the commune of unknown population is left out.
		assertThat(HierarchyAggregation.populationWeightedMean(List.of(new Disparity.Observation("A", 90, 1000d),
				new Disparity.Observation("B", 60, 3000d), new Disparity.Observation("C", 10, null))))
			.isCloseTo(67.5, CLOSE);
		// Ratio of sums × 100: (120 + 80) / (200 + 400) × 100 = 33.33 %; C has no denominator, left out.
		assertThat(HierarchyAggregation.ratio(Map.of("A", 120d, "B", 80d, "C", 50d), Map.of("A", 200d, "B", 400d), 100))
			.isCloseTo(100.0 / 3, CLOSE);
		assertThat(HierarchyAggregation.ratio(Map.of("A", 1d), Map.of(), 100)).isNull();
	}

	@Test
	void the_composite_index_ranks_the_commune_with_the_largest_weighted_deficit_first() {
		// Water access (higher is better, weight 2): 90, 60, 30 → normalized 1, 0.5, 0 → deficits 0, 0.5, 1.
		// Unemployment (lower is better, weight 1): 10, 20, 40 → normalized 0, 1/3, 1 → deficits 0, 1/3, 1.
		// Score = (2 d_water + d_unemployment) / 3 × 100: A = 0, B = (1 + 1/3) / 3 × 100 = 44.44, C = 100.
		CompositeIndex.Result result = CompositeIndex.compute(List.of(
				new CompositeIndex.Component("WATER", Polarity.HIGHER_IS_BETTER, 2,
						Map.of("A", 90d, "B", 60d, "C", 30d, "D", 50d)),
				new CompositeIndex.Component("UNEMP", Polarity.LOWER_IS_BETTER, 1, Map.of("A", 10d, "B", 20d, "C", 40d))));
		assertThat(result.ranking()).extracting(CompositeIndex.Ranked::unit).containsExactly("C", "B", "A");
		assertThat(result.ranking().get(0).score()).isCloseTo(100, CLOSE);
		assertThat(result.ranking().get(1).score()).isCloseTo(400.0 / 9, CLOSE);
		assertThat(result.ranking().get(2).score()).isCloseTo(0, CLOSE);
		assertThat(result.ranking().get(1).rank()).isEqualTo(2);
		// D has no unemployment figure: left out, not scored on water alone.
		assertThat(result.leftOut()).containsExactly("D");
	}

	@Test
	void map_classes_are_equal_intervals_or_quantiles() {
		double[] values = { 1, 2, 3, 4, 10, 20 };
		// Equal intervals, 3 classes over 1–20: width 19/3 → limits 1, 7.333, 13.667, 20.
		assertThat(ClassBreaks.of(values, 3, ClassBreaks.Method.EQUAL_INTERVALS))
			.containsExactly(1d, 1 + 19.0 / 3, 1 + 38.0 / 3, 20d);
		// Quantiles, 3 classes of 6 values: upper limits at ranks 2 and 4 → 1, 2, 4, 20.
		java.util.List<Double> quantiles = ClassBreaks.of(values, 3, ClassBreaks.Method.QUANTILES);
		assertThat(quantiles).containsExactly(1d, 2d, 4d, 20d);
		assertThat(ClassBreaks.classOf(2, quantiles)).isZero();
		assertThat(ClassBreaks.classOf(3, quantiles)).isEqualTo(1);
		assertThat(ClassBreaks.classOf(20, quantiles)).isEqualTo(2);
	}

	@Test
	void tied_values_give_fewer_map_classes_rather_than_empty_ones() {
		// Six communes, three at 99.5 %, five quantile classes asked: upper limits at ranks
		// ⌈6k/5⌉ = 2, 3, 4, 5 → 78.6, 96, 99.5, 99.5, then the maximum 99.5 again: the repeated
		// limits are dropped → 67.8, 78.6, 96, 99.5: three classes, none of them "99.5 – 99.5".
		double[] values = { 99.5, 67.8, 99.5, 96, 78.6, 99.5 };
		java.util.List<Double> limits = ClassBreaks.of(values, 5, ClassBreaks.Method.QUANTILES);
		assertThat(limits).containsExactly(67.8, 78.6, 96d, 99.5);
		assertThat(ClassBreaks.classOf(99.5, limits)).isEqualTo(2);
		// Most communes at the minimum: [0, 0] stays a class of its own, the rest share the next.
		// Ranks ⌈6k/3⌉ = 2, 4 → 0, 0; maximum 10 → limits 0, 0, 10.
		java.util.List<Double> atZero = ClassBreaks.of(new double[] { 0, 0, 0, 0, 5, 10 }, 3, ClassBreaks.Method.QUANTILES);
		assertThat(atZero).containsExactly(0d, 0d, 10d);
		assertThat(ClassBreaks.classOf(0, atZero)).isZero();
		assertThat(ClassBreaks.classOf(5, atZero)).isEqualTo(1);
		// Every commune equal: one class.
		assertThat(ClassBreaks.of(new double[] { 4, 4, 4 }, 4, ClassBreaks.Method.EQUAL_INTERVALS)).containsExactly(4d, 4d);
	}

	private static List<Disparity.Observation> observations(double[] values, Double[] populations) {
		return java.util.stream.IntStream.range(0, values.length)
			.mapToObj(i -> new Disparity.Observation("U" + i, values[i], populations == null ? null : populations[i]))
			.toList();
	}
}
