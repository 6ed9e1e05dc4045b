package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The diagnosis pages: the catalogue, an indicator's page (its communes' values with status and
 * deficit, their ranking, the territory's aggregated value, the disparity this year and over time,
 * the chart), the value form, the governor's office's review, targets, and the catalogue form.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorController {

	private final IndicatorCatalogue catalogue;
	private final IndicatorValues values;
	private final DiagnosisQueries queries;
	private final TerritoryChoices choices;
	private final org.springframework.context.MessageSource messages;
	private final PendingValues pending;

	IndicatorController(IndicatorCatalogue catalogue, IndicatorValues values, DiagnosisQueries queries,
			TerritoryChoices choices, org.springframework.context.MessageSource messages, PendingValues pending) {
		this.messages = messages;
		this.pending = pending;
		this.catalogue = catalogue;
		this.values = values;
		this.queries = queries;
		this.choices = choices;
	}

	@GetMapping
	String catalogue(Model model) {
		model.addAttribute("indicators", catalogue.all());
		model.addAttribute("territory", choices.preferred());
		model.addAttribute("isAdministrator", Authorizations.current().has(Role.ADMINISTRATOR));
		model.addAttribute("reviewer", pending.reviewer());
		return "indicator/catalogue";
	}

	/** The values awaiting the person's validation, every indicator at once, twenty a page. */
	@GetMapping("/pending")
	String pending(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!pending.reviewer()) {
			throw new AccessDeniedException("Only the governor's office or an administrator validates values");
		}
		model.addAttribute("pending", pending.page(page, 20));
		return "indicator/pending";
	}

	/** The catalogue as an Excel workbook. */
	@GetMapping("/catalogue.xlsx")
	void exportCatalogue(Locale locale, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"indicators.xlsx\"");
		new IndicatorExport(messages, locale).writeCatalogue(catalogue.all(), response.getOutputStream());
	}

	@GetMapping("/{code}")
	String indicator(@PathVariable String code, @RequestParam(required = false) String territory,
			@RequestParam(required = false) Integer year, Model model, Locale locale) {
		Indicator indicator = find(code);
		Territory unit = queries.readable(territory == null ? choices.preferred() : territory);
		List<Integer> years = queries.years(indicator, unit);
		int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(years.size() - 1);
		List<DiagnosisQueries.UnitFigure> figures = queries.figures(indicator, unit, shown, TerritoryLevel.COMMUNE);
		model.addAttribute("indicator", indicator);
		model.addAttribute("unit", unit);
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("territories", choices.visible());
		model.addAttribute("figures", figures);
		model.addAttribute("ranking", ranking(indicator, figures));
		model.addAttribute("aggregate", queries.aggregate(indicator, unit, shown));
		model.addAttribute("disparity", queries.disparity(indicator, unit, shown));
		model.addAttribute("disparityOverTime", queries.disparityOverTime(indicator, unit));
		Authorizations who = Authorizations.current();
		model.addAttribute("mayReview", figures.stream().anyMatch(f -> f.status() == ValueStatus.SUBMITTED
				&& who.canActOn(f.unit().path(), IndicatorValues.VALIDATORS)));
		java.util.Set<String> submittable = figures.stream().filter(f -> who.canActOn(f.unit().path(), IndicatorValues.SUBMITTERS))
			.map(DiagnosisQueries.UnitFigure::code).collect(java.util.stream.Collectors.toSet());
		model.addAttribute("submittable", submittable);
		model.addAttribute("maySubmit", !submittable.isEmpty());
		model.addAttribute("mayPropose", who.has(Role.PLANNER) || who.has(Role.ADMINISTRATOR));
		// Targets: the communes the person's planner or governor's office role covers.
		model.addAttribute("targetable", figures.stream().filter(f -> who.canActOn(f.unit().path(), IndicatorValues.TARGET_SETTERS)).toList());
		model.addAttribute("isAdministrator", who.has(Role.ADMINISTRATOR));
		// Where the person may set a reference value: the country (administrators), the unit's region.
		List<Territory> referable = new java.util.ArrayList<>();
		for (Territory t : choices.visible()) {
			boolean region = t.level() == TerritoryLevel.REGION && unit.path().startsWith(t.path())
					&& who.canActOn(t.path(), IndicatorValues.TARGET_SETTERS);
			if (region || (t.level() == TerritoryLevel.COUNTRY && who.has(Role.ADMINISTRATOR))) {
				referable.add(t);
			}
		}
		model.addAttribute("referable", referable);
		return "indicator/page";
	}

	/**
	 * The communes with a validated value, best first in the indicator's direction, each with its
	 * rank (1 = best).
	 */
	static List<Map.Entry<Integer, DiagnosisQueries.UnitFigure>> ranking(Indicator indicator,
			List<DiagnosisQueries.UnitFigure> figures) {
		Comparator<DiagnosisQueries.UnitFigure> byValue = Comparator.comparing(DiagnosisQueries.UnitFigure::value);
		List<DiagnosisQueries.UnitFigure> counted = figures.stream().filter(DiagnosisQueries.UnitFigure::counts)
			.sorted(indicator.polarity() == Polarity.HIGHER_IS_BETTER ? byValue.reversed() : byValue)
			.toList();
		return java.util.stream.IntStream.range(0, counted.size()).mapToObj(i -> Map.entry(i + 1, counted.get(i))).toList();
	}

	/** The indicator page's tables as a streamed Excel workbook. */
	@GetMapping("/{code}/export.xlsx")
	void export(@PathVariable String code, @RequestParam String territory, @RequestParam int year, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		Indicator indicator = find(code);
		Territory unit = queries.readable(territory);
		List<DiagnosisQueries.UnitFigure> figures = queries.figures(indicator, unit, year, TerritoryLevel.COMMUNE);
		Map<Integer, Disparity> overTime = queries.disparityOverTime(indicator, unit);
		String file = indicator.code() + "-" + unit.code() + "-" + year + ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
		new IndicatorExport(messages, locale).write(indicator, year, figures, ranking(indicator, figures), overTime,
				response.getOutputStream());
	}

	@GetMapping("/values/new")
	String valueForm(@RequestParam(required = false) String indicator, @RequestParam(required = false) String territory,
			@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("indicators", catalogue.all());
		ValueForm form = new ValueForm(indicator, territory, year, null, null, null);
		if (indicator != null && territory != null && year != null) {
			// Editing a recorded value: the form carries its version, so a change made meanwhile is caught.
			form = catalogue.find(indicator).flatMap(i -> queries.recorded(i, territory, year))
				.map(v -> new ValueForm(indicator, territory, year, (BigDecimal) v.get("value"), (String) v.get("source"),
						((Number) v.get("version")).longValue()))
				.orElse(form);
		}
		model.addAttribute("form", form);
		model.addAttribute("units", choices.within(IndicatorValues.SUBMITTERS));
		return "indicator/value-form";
	}

	record ValueForm(String indicator, String territory, Integer year, BigDecimal value, String source, Long version) {
	}

	@PostMapping("/values")
	String submit(@RequestParam String indicator, @RequestParam String territory, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String source,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		try {
			values.submit(new IndicatorValues.Submission(0, indicator, territory.trim(), year, value, source,
					version == null ? IndicatorValues.NEW : version), false);
		}
		catch (ValuesRefused refused) {
			if (refused.problems().stream().anyMatch(p -> "indicator.import.outOfScope".equals(p.messageKey()))) {
				throw new AccessDeniedException("Unit outside the person's scope");
			}
			model.addAttribute("indicators", catalogue.all());
			model.addAttribute("form", new ValueForm(indicator, territory, year, value, source, version));
			model.addAttribute("units", choices.within(IndicatorValues.SUBMITTERS));
			model.addAttribute("problems", refused.problems());
			return "indicator/value-form";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/indicators/" + indicator + "?territory=" + queries.parentOf(territory) + "&year=" + year;
	}

	@PostMapping("/values/review")
	String review(@RequestParam(name = "id", required = false) List<Long> ids, @RequestParam String decision,
			@RequestParam(required = false) String note, @RequestParam String back, RedirectAttributes redirect) {
		try {
			int reviewed = values.review(ids == null ? List.of() : ids, "validate".equals(decision), note);
			redirect.addFlashAttribute("reviewed", reviewed);
		}
		catch (DiagnosisRefused refused) {
			redirect.addFlashAttribute("refused", refused.messageKey);
		}
		return "redirect:" + (back.startsWith("/indicators/") ? back : "/indicators");
	}

	@PostMapping("/{code}/targets")
	String target(@PathVariable String code, @RequestParam String territory, @RequestParam int year,
			@RequestParam(required = false) BigDecimal value, @RequestParam String back, RedirectAttributes redirect) {
		try {
			values.setTarget(code, territory, year, value);
			redirect.addFlashAttribute("targetSaved", true);
		}
		catch (DiagnosisRefused refused) {
			redirect.addFlashAttribute("refused", refused.messageKey);
		}
		return "redirect:" + (back.startsWith("/indicators/") ? back : "/indicators");
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String definitionForm(Model model) {
		return definitionView(new DefinitionForm(null, "", "", "", "", Domain.WATER, Polarity.HIGHER_IS_BETTER, "",
				java.util.List.copyOf(IndicatorCatalogue.LEVELS), Aggregation.POPULATION_WEIGHTED_MEAN, null, null,
				BigDecimal.valueOf(100), null), model);
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String editForm(@PathVariable String code, Model model) {
		Indicator i = find(code);
		return definitionView(new DefinitionForm(i.code(), i.code(), i.name().ar(), i.name().fr(), i.unit(), i.domain(),
				i.polarity(), i.source(), java.util.List.copyOf(i.levels()), i.aggregation(), i.numeratorCode(),
				i.denominatorCode(), i.ratioScale(), i.version()), model);
	}

	/** The definition form's fields; {@code editing} is the code of the indicator being corrected, null for a new one. */
	record DefinitionForm(String editing, String code, String nameAr, String nameFr, String unit, Domain domain,
			Polarity polarity, String source, List<String> levels, Aggregation aggregation, String numeratorCode,
			String denominatorCode, BigDecimal ratioScale, Long version) {

		IndicatorDefinition definition() {
			return new IndicatorDefinition(code.trim().toUpperCase(Locale.ROOT), new LocalizedName(nameAr.trim(), nameFr.trim(), null),
					unit.trim(), domain, polarity, source.trim(), levels == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(levels),
					aggregation, blankToNull(numeratorCode), blankToNull(denominatorCode), ratioScale);
		}
	}

	private String definitionView(DefinitionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("domains", Domain.values());
		model.addAttribute("indicators", catalogue.all());
		return "indicator/definition-form";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String define(@RequestParam String code, @RequestParam String nameAr, @RequestParam String nameFr,
			@RequestParam String unit, @RequestParam Domain domain, @RequestParam Polarity polarity,
			@RequestParam String source, @RequestParam(name = "levels", required = false) List<String> levels,
			@RequestParam Aggregation aggregation, @RequestParam(required = false) String numeratorCode,
			@RequestParam(required = false) String denominatorCode, @RequestParam(required = false) BigDecimal ratioScale,
			Model model) {
		DefinitionForm form = new DefinitionForm(null, code, nameAr, nameFr, unit, domain, polarity, source, levels,
				aggregation, numeratorCode, denominatorCode, ratioScale, null);
		try {
			return "redirect:/indicators/" + catalogue.define(form.definition(), false).code();
		}
		catch (DiagnosisRefused refused) {
			model.addAttribute("refused", refused);
			return definitionView(form, model);
		}
	}

	@PostMapping("/{code}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String redefine(@PathVariable String code, @RequestParam String nameAr, @RequestParam String nameFr,
			@RequestParam String unit, @RequestParam Domain domain, @RequestParam Polarity polarity,
			@RequestParam String source, @RequestParam(name = "levels", required = false) List<String> levels,
			@RequestParam Aggregation aggregation, @RequestParam(required = false) String numeratorCode,
			@RequestParam(required = false) String denominatorCode, @RequestParam(required = false) BigDecimal ratioScale,
			@RequestParam long version, Model model) {
		DefinitionForm form = new DefinitionForm(code, code, nameAr, nameFr, unit, domain, polarity, source, levels,
				aggregation, numeratorCode, denominatorCode, ratioScale, version);
		try {
			catalogue.redefine(code, version, form.definition());
			return "redirect:/indicators/" + code;
		}
		catch (DiagnosisRefused refused) {
			model.addAttribute("refused", refused);
			return definitionView(form, model);
		}
	}

	@PostMapping("/{code}/references")
	String reference(@PathVariable String code, @RequestParam String territory, @RequestParam int year,
			@RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String source,
			@RequestParam String back, RedirectAttributes redirect) {
		try {
			values.setReference(code, territory, year, value, source);
			redirect.addFlashAttribute("referenceSaved", true);
		}
		catch (DiagnosisRefused refused) {
			redirect.addFlashAttribute("refused", refused.messageKey);
		}
		return "redirect:" + (back.startsWith("/indicators/") ? back : "/indicators");
	}

	private Indicator find(String code) {
		return catalogue.find(code).orElseThrow(() -> new DiagnosisRefused("indicator.error.unknown", code));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@ExceptionHandler(DiagnosisRefused.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
