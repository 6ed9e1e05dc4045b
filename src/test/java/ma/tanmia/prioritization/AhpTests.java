package ma.tanmia.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AhpTests {

	/**
	 * Saaty's three-criteria example: A is 3 times as important as B and 5 times as C, B 3 times as C.
	 * By hand (geometric means of the rows, which for a 3×3 matrix give the eigenvector): 15^(1/3) =
	 * 2.4662, 1, (1/15)^(1/3) = 0.4055; sum 3.8717 → 0.6370, 0.2583, 0.1047. A·w = (1.9355, 0.7848,
	 * 0.3182), each / wᵢ = 3.0385 = λmax; CI = 0.0385 / 2 = 0.0193; CR = 0.0193 / 0.58 = 0.033.
	 */
	@Test
	void weights_and_consistency_ratio_match_the_hand_computed_example() {
		Ahp ahp = Ahp.of(Ahp.reciprocal(new double[][] { { 1, 3, 5 }, { 0, 1, 3 }, { 0, 0, 1 } }));
		assertThat(ahp.weights()[0]).isCloseTo(0.6370, within(0.0005));
		assertThat(ahp.weights()[1]).isCloseTo(0.2583, within(0.0005));
		assertThat(ahp.weights()[2]).isCloseTo(0.1047, within(0.0005));
		assertThat(ahp.lambdaMax()).isCloseTo(3.0385, within(0.0005));
		assertThat(ahp.consistencyIndex()).isCloseTo(0.0193, within(0.0005));
		assertThat(ahp.consistencyRatio()).isCloseTo(0.033, within(0.0005));
		assertThat(ahp.inconsistent()).isFalse();
	}

	/** A over B 9, B over C 9, but C over A 9: a cycle, far above the 0.10 limit. */
	@Test
	void contradictory_comparisons_are_flagged_above_the_limit() {
		Ahp ahp = Ahp.of(Ahp.reciprocal(new double[][] { { 1, 9, 1.0 / 9 }, { 0, 1, 9 }, { 0, 0, 1 } }));
		assertThat(ahp.consistencyRatio()).isGreaterThan(0.10);
		assertThat(ahp.inconsistent()).isTrue();
		// Symmetric contradiction: every criterion weighs the same.
		assertThat(ahp.weights()[0]).isCloseTo(1.0 / 3, within(1e-9));
	}

	@Test
	void a_perfectly_consistent_matrix_has_a_zero_ratio() {
		// Weights 4:2:1 → A/B 2, A/C 4, B/C 2; λmax = n.
		Ahp ahp = Ahp.of(Ahp.reciprocal(new double[][] { { 1, 2, 4 }, { 0, 1, 2 }, { 0, 0, 1 } }));
		assertThat(ahp.weights()).containsExactly(new double[] { 4.0 / 7, 2.0 / 7, 1.0 / 7 }, within(1e-9));
		assertThat(ahp.consistencyRatio()).isCloseTo(0, within(1e-9));
	}
}
