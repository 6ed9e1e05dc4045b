package ma.tanmia.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnosis as other modules read it (prioritization, coordination): the deficits of territorial
 * units by project sector — each indicator's domain belongs to a sector — on validated values only,
 * each indicator at the latest year it has a validated value there, against the unit's target or the
 * reference that applies (docs/DIAGNOSIS.md). The callers check the reader's scope.
 */
@Service
public class SectorDeficits {

	/**
	 * An indicator of a sector at a unit: its value, goal and deficit (gap 0 when the goal is reached).
	 *
	 * @param percentOfGoal the gap as a percentage of the goal; null when the goal is zero
	 */
	public record SectorDeficit(String territoryCode, String sectorCode, String indicatorCode, LocalizedName indicator,
			int year, double value, double goal, double gap, Double percentOfGoal) {
	}

	private final IndicatorCatalogue catalogue;
	private final DiagnosisQueries queries;
	private final Territories territories;
	private final JdbcClient jdbc;

	SectorDeficits(IndicatorCatalogue catalogue, DiagnosisQueries queries, Territories territories, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.queries = queries;
		this.territories = territories;
		this.jdbc = jdbc;
	}

	/** Each indicator of the sector with a validated value and a goal at the unit (reached goals included). */
	@Transactional(readOnly = true)
	public List<SectorDeficit> ofUnit(String territoryCode, String sectorCode) {
		Optional<Territory> unit = territories.find(territoryCode);
		List<SectorDeficit> deficits = new ArrayList<>();
		if (unit.isEmpty()) {
			return deficits;
		}
		for (Indicator indicator : catalogue.all()) {
			if (indicator.domain() == null || !indicator.domain().sectorCode.equals(sectorCode)) {
				continue;
			}
			Integer year = jdbc.sql("""
					select max(year) from indicator_value
					where indicator_id = :i and territory_code = :t and status = 'VALIDATED'
					""").param("i", indicator.id()).param("t", territoryCode).query(Integer.class).optional().orElse(null);
			if (year == null) {
				continue;
			}
			queries.figures(indicator, unit.get(), year, unit.get().level()).stream()
				.filter(f -> f.code().equals(territoryCode) && f.counts() && f.deficit() != null)
				.forEach(f -> deficits.add(deficit(f, indicator, year)));
		}
		return deficits;
	}

	/**
	 * The communes within the territory with a deficit (gap above zero) on a validated value, each
	 * indicator at the latest year it has validated commune values in the territory.
	 */
	@Transactional(readOnly = true)
	public List<SectorDeficit> communesWithin(String territoryCode) {
		Optional<Territory> territory = territories.find(territoryCode);
		List<SectorDeficit> deficits = new ArrayList<>();
		if (territory.isEmpty()) {
			return deficits;
		}
		for (Indicator indicator : catalogue.all()) {
			if (indicator.domain() == null) {
				continue;
			}
			ScopeFilter within = ScopeFilter.within(territory.get().path(), "territory_path", "t");
			Integer year = jdbc.sql("select max(year) from indicator_value where indicator_id = :i and status = 'VALIDATED' "
					+ "and territory_level = 'COMMUNE' and " + within.sql())
				.params(within.parameters()).param("i", indicator.id()).query(Integer.class).optional().orElse(null);
			if (year == null) {
				continue;
			}
			queries.figures(indicator, territory.get(), year, TerritoryLevel.COMMUNE).stream()
				.filter(f -> f.counts() && f.deficit() != null && !f.deficit().reached())
				.forEach(f -> deficits.add(deficit(f, indicator, year)));
		}
		return deficits;
	}

	/** The sectors the diagnosis' domains belong to. */
	public static List<String> sectors() {
		return Arrays.stream(Domain.values()).map(d -> d.sectorCode).distinct().sorted().toList();
	}

	private static SectorDeficit deficit(DiagnosisQueries.UnitFigure f, Indicator indicator, int year) {
		return new SectorDeficit(f.code(), indicator.domain().sectorCode, indicator.code(), indicator.name(), year,
				f.deficit().value(), f.deficit().goal(), f.deficit().gap(), f.deficit().percentOfGoal());
	}
}
