package ma.tanmia.indicator;

/**
 * How far a value stands from its goal (a target, or a reference value), in the indicator's unit and
 * in percent of the goal, read in the indicator's direction: below the goal is a deficit when higher
 * is better, above it when lower is better. A goal reached or exceeded is a deficit of zero.
 *
 * @param gap the shortfall in the indicator's unit, never negative
 * @param percentOfGoal the shortfall as a percentage of the goal; null when the goal is zero
 */
public record Deficit(double value, double goal, double gap, Double percentOfGoal) {

	public static Deficit of(double value, double goal, Polarity polarity) {
		double signed = polarity == Polarity.HIGHER_IS_BETTER ? goal - value : value - goal;
		double gap = Math.max(0, signed);
		return new Deficit(value, goal, gap, goal == 0 ? null : gap / Math.abs(goal) * 100);
	}

	public boolean reached() {
		return gap == 0;
	}
}
