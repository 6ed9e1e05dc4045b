package ma.tanmia.territory;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A territorial unit as an aggregate, for editing its description. Its place in the hierarchy
 * (code, level, parent, path) is fixed here; it moves only through the import, which rewrites the
 * subtree's paths together.
 */
@Table("territorial_unit")
class TerritorialUnit {

	@Id
	private Long id;
	private String code;
	private TerritoryLevel level;
	private CommuneKind communeKind;
	private Long parentId;
	private String path;
	private int depth;
	private String nameAr;
	private String nameFr;
	private String nameTzm;
	private BigDecimal latitude;
	private BigDecimal longitude;
	private BigDecimal areaKm2;
	private Integer declaredUrbanCommunes;
	private Integer declaredRuralCommunes;
	@Version
	private Long version;
	@MappedCollection(idColumn = "territorial_unit")
	private Set<CensusPopulation> populations = new HashSet<>();

	@Table("territorial_unit_population")
	record CensusPopulation(int censusYear, int inhabitants, boolean estimated) {
	}

	/** What a planner may change about a unit. */
	record Description(String nameAr, String nameFr, String nameTzm, BigDecimal latitude, BigDecimal longitude,
			Integer population2014, Integer population2024) {
	}

	Description description() {
		return new Description(nameAr, nameFr, nameTzm, latitude, longitude, inhabitants(2014), inhabitants(2024));
	}

	void describe(Description description) {
		if (isBlank(description.nameAr()) || isBlank(description.nameFr())) {
			throw new IllegalArgumentException("A unit keeps its Arabic and French names");
		}
		this.nameAr = description.nameAr().strip();
		this.nameFr = description.nameFr().strip();
		this.nameTzm = isBlank(description.nameTzm()) ? null : description.nameTzm().strip();
		this.latitude = description.latitude();
		this.longitude = description.longitude();
		census(2014, description.population2014());
		census(2024, description.population2024());
	}

	private void census(int year, Integer inhabitants) {
		CensusPopulation current = populations.stream().filter(p -> p.censusYear() == year).findFirst().orElse(null);
		if (current != null && inhabitants != null && current.inhabitants() == inhabitants) {
			return; // unchanged: keeps an "estimated" mark
		}
		populations.removeIf(p -> p.censusYear() == year);
		if (inhabitants != null) {
			if (inhabitants < 0) {
				throw new IllegalArgumentException("A population is never negative");
			}
			populations.add(new CensusPopulation(year, inhabitants, false));
		}
	}

	Integer inhabitants(int year) {
		return populations.stream().filter(p -> p.censusYear() == year).map(CensusPopulation::inhabitants)
			.findFirst().orElse(null);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String path() {
		return path;
	}

	Long version() {
		return version;
	}

	TerritoryLevel level() {
		return level;
	}
}
