package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.util.Set;

import ma.tanmia.shared.LocalizedName;

/** What defines an indicator, as an administrator types it or a dataset brings it. */
public record IndicatorDefinition(String code, LocalizedName name, String unit, Domain domain, Polarity polarity,
		String source, Set<String> levels, Aggregation aggregation, String numeratorCode, String denominatorCode,
		BigDecimal ratioScale) {
}
