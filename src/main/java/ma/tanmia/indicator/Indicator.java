package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.util.Set;

import ma.tanmia.shared.LocalizedName;

/**
 * An indicator of the catalogue as other modules and pages see it.
 *
 * @param levels the territory levels at which values are recorded (COMMUNE, PROVINCE, PREFECTURE, REGION)
 * @param numeratorCode with {@link Aggregation#RATIO}: the indicator summed above the line
 * @param ratioScale with {@link Aggregation#RATIO}: 100 for a percentage, 1000 for a rate per thousand
 */
public record Indicator(long id, String code, LocalizedName name, String unit, Domain domain, Polarity polarity,
		String source, Set<String> levels, Aggregation aggregation, String numeratorCode, String denominatorCode,
		BigDecimal ratioScale, boolean demonstration, long version) {

	public boolean recordedAt(String level) {
		return levels.contains(level);
	}
}
