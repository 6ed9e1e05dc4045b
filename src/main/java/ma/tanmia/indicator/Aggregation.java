package ma.tanmia.indicator;

/**
 * How an indicator's commune values make a province's or a region's: added up (households
 * connected), averaged with the communes' populations as weights (a rate known only as a rate), or
 * the ratio of two summed indicators (connected households ÷ households × 100).
 */
public enum Aggregation {
	SUM, POPULATION_WEIGHTED_MEAN, RATIO
}
