package ma.tanmia.indicator;

/** Which direction is progress: more schooling is better, more unemployment is worse. */
public enum Polarity {
	HIGHER_IS_BETTER, LOWER_IS_BETTER
}
