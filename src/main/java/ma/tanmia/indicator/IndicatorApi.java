package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code /api/v1/indicators}: values, disparities, series and map data as JSON, under the same
 * sign-in and scope as the pages (the reader's scope must overlap the territory asked for).
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApi {

	private final IndicatorCatalogue catalogue;
	private final DiagnosisQueries queries;
	private final MessageSource messages;

	IndicatorApi(IndicatorCatalogue catalogue, DiagnosisQueries queries, MessageSource messages) {
		this.catalogue = catalogue;
		this.queries = queries;
		this.messages = messages;
	}

	/**
	 * @param computed the value was not recorded at this level but aggregated from the unit's communes'
	 *        validated values by the indicator's rule
	 */
	record ValueJson(String territory, String nameAr, String nameFr, BigDecimal value, ValueStatus status, boolean counts,
			boolean computed, String source, Integer population, Double goal, String goalKind, Double deficit,
			Double deficitPercent) {
	}

	record ValuesJson(String indicator, String unit, String territory, int year, String level, Double aggregate,
			List<ValueJson> values) {
	}

	record MeasuresJson(int units, Double mean, Double cv, Double gini, Double theil, Double maxMinRatio) {

		static MeasuresJson of(Disparity.Measures m) {
			return new MeasuresJson(m.units(), m.mean(), m.cv(), m.gini(), m.theil(), m.maxMinRatio());
		}
	}

	record DisparityJson(String indicator, String territory, int year, MeasuresJson plain, MeasuresJson weighted) {
	}

	record ErrorJson(String error, String message) {
	}

	@GetMapping("/{code}/values")
	ValuesJson values(@PathVariable String code, @RequestParam String territory, @RequestParam int year,
			@RequestParam(defaultValue = "commune") String level) {
		Indicator indicator = indicator(code);
		Territory unit = queries.readable(territory);
		TerritoryLevel at = level(level);
		List<ValueJson> values = new ArrayList<>();
		for (DiagnosisQueries.UnitFigure f : queries.figures(indicator, unit, year, at)) {
			if (f.value() != null) {
				values.add(new ValueJson(f.code(), f.name().ar(), f.name().fr(), f.value(), f.status(), f.counts(), false,
						f.source(), f.population(), f.goal(), f.goalKind(), f.deficit() == null ? null : f.deficit().gap(),
						f.deficit() == null ? null : f.deficit().percentOfGoal()));
			}
			else if (at != TerritoryLevel.COMMUNE) {
				// A province's or region's figure not recorded as such: aggregated from its communes.
				Double aggregate = queries.aggregate(indicator, f.unit(), year);
				if (aggregate != null) {
					Deficit deficit = f.goal() == null ? null : Deficit.of(aggregate, f.goal(), indicator.polarity());
					values.add(new ValueJson(f.code(), f.name().ar(), f.name().fr(), BigDecimal.valueOf(aggregate), null, true,
							true, null, f.population(), f.goal(), f.goalKind(), deficit == null ? null : deficit.gap(),
							deficit == null ? null : deficit.percentOfGoal()));
				}
			}
		}
		return new ValuesJson(indicator.code(), indicator.unit(), unit.code(), year, at.name(),
				queries.aggregate(indicator, unit, year), values);
	}

	@GetMapping("/{code}/disparity")
	Object disparity(@PathVariable String code, @RequestParam String territory, @RequestParam int year,
			@RequestParam(defaultValue = "false") boolean byChild, @RequestParam(required = false) String by) {
		Indicator indicator = indicator(code);
		Territory unit = queries.readable(territory);
		if (byChild || by != null) {
			Map<String, Disparity> groups = by == null ? queries.disparityByChild(indicator, unit, year)
					: queries.disparityByUnitAt(indicator, unit, year, depthOf(level(by), unit));
			List<DisparityJson> all = new ArrayList<>();
			groups.forEach((child, d) -> all.add(
					new DisparityJson(indicator.code(), child, year, MeasuresJson.of(d.plain()), MeasuresJson.of(d.weighted()))));
			return all;
		}
		Disparity d = queries.disparity(indicator, unit, year);
		return new DisparityJson(indicator.code(), unit.code(), year, MeasuresJson.of(d.plain()), MeasuresJson.of(d.weighted()));
	}

	/** The chart's data: the territory's aggregated value and each commune's, year by year. */
	@GetMapping("/{code}/series")
	Map<String, Object> series(@PathVariable String code, @RequestParam String territory, Locale locale) {
		Indicator indicator = indicator(code);
		Territory unit = queries.readable(territory);
		Map<String, Map<Integer, Double>> byCommune = queries.series(indicator, unit);
		Map<String, String> names = new LinkedHashMap<>();
		queries.communes(unit).forEach(t -> names.put(t.code(), t.name().in(locale)));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("indicator", indicator.code());
		json.put("name", indicator.name().in(locale));
		json.put("unit", indicator.unit());
		json.put("territory", unit.code());
		json.put("territoryName", unit.name().in(locale));
		json.put("years", queries.years(indicator, unit));
		json.put("aggregate", queries.aggregateOverTime(indicator, unit));
		List<Map<String, Object>> lines = new ArrayList<>();
		byCommune.forEach((commune, values) -> lines.add(Map.of("code", commune, "name", names.getOrDefault(commune, commune),
				"values", values)));
		json.put("communes", lines);
		Map<Integer, Map<String, Object>> disparity = new LinkedHashMap<>();
		queries.disparityOverTime(indicator, unit).forEach((year, d) -> disparity.put(year,
				Map.of("plain", MeasuresJson.of(d.plain()), "weighted", MeasuresJson.of(d.weighted()))));
		json.put("disparity", disparity);
		return json;
	}

	/** The map's data: communes with coordinates, value and class, boundaries where imported, the legend. */
	@GetMapping("/{code}/map")
	Map<String, Object> map(@PathVariable String code, @RequestParam String territory, @RequestParam int year,
			@RequestParam(defaultValue = "QUANTILES") ClassBreaks.Method method, @RequestParam(defaultValue = "5") int classes,
			Locale locale) {
		Indicator indicator = indicator(code);
		Territory unit = queries.readable(territory);
		List<DiagnosisQueries.UnitFigure> figures = queries.figures(indicator, unit, year, TerritoryLevel.COMMUNE);
		double[] counted = figures.stream().filter(DiagnosisQueries.UnitFigure::counts)
			.mapToDouble(f -> f.value().doubleValue()).toArray();
		List<Double> limits = ClassBreaks.of(counted, Math.min(Math.max(classes, 2), 7), method);
		Map<String, String> boundaries = queries.boundaries(unit);
		List<Map<String, Object>> units = new ArrayList<>();
		for (DiagnosisQueries.UnitFigure f : figures) {
			Map<String, Object> u = new LinkedHashMap<>();
			u.put("code", f.code());
			u.put("name", f.name().in(locale));
			u.put("lat", f.unit().latitude());
			u.put("lon", f.unit().longitude());
			u.put("value", f.counts() ? f.value() : null);
			u.put("status", f.status());
			u.put("class", f.counts() ? ClassBreaks.classOf(f.value().doubleValue(), limits) : null);
			u.put("geometry", boundaries.get(f.code()));
			units.add(u);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("indicator", indicator.code());
		json.put("name", indicator.name().in(locale));
		json.put("unit", indicator.unit());
		json.put("polarity", indicator.polarity());
		json.put("year", year);
		json.put("limits", limits);
		json.put("units", units);
		return json;
	}

	/** Where units of a level sit in the paths ({@code /MA/region/province/commune/}), if below the territory. */
	private static int depthOf(TerritoryLevel level, Territory territory) {
		int depth = switch (level) {
			case REGION -> 1;
			case PROVINCE, PREFECTURE -> 2;
			default -> -1;
		};
		if (depth < territory.path().substring(1).split("/").length) {
			throw new DiagnosisRefused("indicator.error.level", level.name().toLowerCase(Locale.ROOT));
		}
		return depth;
	}

	private Indicator indicator(String code) {
		return catalogue.find(code).orElseThrow(() -> new DiagnosisRefused("indicator.error.unknown", code));
	}

	static TerritoryLevel level(String level) {
		try {
			return TerritoryLevel.valueOf(level.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new DiagnosisRefused("indicator.error.level", level);
		}
	}

	@ExceptionHandler(DiagnosisRefused.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ErrorJson refused(DiagnosisRefused e, Locale locale) {
		return new ErrorJson(e.messageKey, messages.getMessage(e.messageKey, e.arguments.toArray(), e.messageKey, locale));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ErrorJson badParameter(MethodArgumentTypeMismatchException e) {
		return new ErrorJson("bad_parameter", e.getName());
	}
}
