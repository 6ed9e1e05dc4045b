package ma.tanmia.territory;

import java.math.BigDecimal;
import java.util.List;

import ma.tanmia.shared.LocalizedName;

/**
 * A territorial unit as other modules and the API see it.
 *
 * @param path materialized path of codes, e.g. {@code /MA/MA-09/MA-INE/}; a unit lies in the
 *        subtree of another when its path starts with the other's
 */
public record Territory(String code, TerritoryLevel level, CommuneKind communeKind, String parentCode, String path,
		LocalizedName name, BigDecimal latitude, BigDecimal longitude, BigDecimal areaKm2,
		Integer declaredUrbanCommunes, Integer declaredRuralCommunes, int childCount, List<Population> populations) {

	public record Population(int censusYear, int inhabitants, boolean estimated) {
	}

	public Population population(int censusYear) {
		return populations.stream().filter(p -> p.censusYear() == censusYear).findFirst().orElse(null);
	}

	public Integer declaredCommunes() {
		return declaredUrbanCommunes == null && declaredRuralCommunes == null ? null
				: (declaredUrbanCommunes == null ? 0 : declaredUrbanCommunes)
						+ (declaredRuralCommunes == null ? 0 : declaredRuralCommunes);
	}

	public boolean contains(String otherPath) {
		return otherPath != null && otherPath.startsWith(path);
	}
}
