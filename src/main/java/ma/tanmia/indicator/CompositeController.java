package ma.tanmia.indicator;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The composite index page: the person picks indicators and weights (fields {@code weight.<CODE>}),
 * sees the communes ranked, and may save the analysis with its weights.
 */
@Controller
@RequestMapping("/indicators")
class CompositeController {

	static final String WEIGHT = "weight.";
	static final int SAVED_PAGE_SIZE = 20;

	private final CompositeAnalyses analyses;
	private final IndicatorCatalogue catalogue;
	private final DiagnosisQueries queries;
	private final TerritoryChoices choices;
	private final Territories territories;
	private final MessageSource messages;

	CompositeController(CompositeAnalyses analyses, IndicatorCatalogue catalogue, DiagnosisQueries queries,
			TerritoryChoices choices, Territories territories, MessageSource messages) {
		this.territories = territories;
		this.messages = messages;
		this.analyses = analyses;
		this.catalogue = catalogue;
		this.queries = queries;
		this.choices = choices;
	}

	@GetMapping("/composite")
	String composite(@RequestParam(required = false) String territory, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam Map<String, String> parameters,
			HttpServletRequest request, Model model) {
		Territory unit = queries.readable(territory == null || territory.isBlank() ? choices.preferred() : territory);
		int shown = year == null ? java.time.Year.now().getValue() - 2 : year;
		Map<String, Double> weights = weights(parameters);
		model.addAttribute("unit", unit);
		model.addAttribute("year", shown);
		model.addAttribute("territories", choices.visible());
		model.addAttribute("indicators", catalogue.all());
		model.addAttribute("weights", weights);
		model.addAttribute("weighted", catalogue.byCodes(weights.keySet()));
		if (!weights.isEmpty()) {
			try {
				model.addAttribute("analysis", analyses.compute(unit, shown, weights));
				model.addAttribute("exportUrl", address(request, "/indicators/composite/export.xlsx", parameters));
			}
			catch (DiagnosisRefused refused) {
				model.addAttribute("refused", refused.messageKey);
			}
		}
		model.addAttribute("saved", analyses.visible(page, SAVED_PAGE_SIZE));
		model.addAttribute("savedBase", address(request, "/indicators/composite", parameters));
		return "indicator/composite";
	}

	@PostMapping("/composite")
	String save(@RequestParam String territory, @RequestParam int year, @RequestParam(required = false) String name,
			@RequestParam Map<String, String> parameters, HttpServletRequest request, Model model) {
		Territory unit = queries.readable(territory);
		Map<String, Double> weights = weights(parameters);
		try {
			long id = analyses.save(name, unit, analyses.compute(unit, year, weights));
			return "redirect:/indicators/analyses/" + id;
		}
		catch (DiagnosisRefused refused) {
			model.addAttribute("saveRefused", refused.messageKey);
			return composite(territory, year, 0, parameters, request, model);
		}
	}

	@GetMapping("/analyses/{id}")
	String analysis(@PathVariable long id, Model model) {
		CompositeAnalyses.Analysis analysis = analyses.find(id)
			.orElseThrow(() -> new DiagnosisRefused("indicator.composite.unknownAnalysis"));
		model.addAttribute("analysis", analysis);
		model.addAttribute("weighted", catalogue.byCodes(analysis.weights().keySet()));
		model.addAttribute("territory", territories.find(analysis.territoryCode()).orElse(null));
		return "indicator/analysis";
	}

	/** The ranking computed with the page's territory, year and weights, as an Excel workbook. */
	@GetMapping("/composite/export.xlsx")
	void exportComputed(@RequestParam String territory, @RequestParam int year, @RequestParam Map<String, String> parameters,
			Locale locale, HttpServletResponse response) throws IOException {
		Territory unit = queries.readable(territory);
		Map<String, Double> weights = weights(parameters);
		CompositeAnalyses.Analysis analysis = analyses.compute(unit, year, weights);
		export(analysis, "composite-" + unit.code() + "-" + year + ".xlsx", locale, response);
	}

	/** A saved analysis's ranking, as it was saved, as an Excel workbook. */
	@GetMapping("/analyses/{id}/export.xlsx")
	void exportSaved(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		CompositeAnalyses.Analysis analysis = analyses.find(id)
			.orElseThrow(() -> new DiagnosisRefused("indicator.composite.unknownAnalysis"));
		export(analysis, "analysis-" + id + "-" + analysis.territoryCode() + "-" + analysis.year() + ".xlsx", locale, response);
	}

	private void export(CompositeAnalyses.Analysis analysis, String file, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
		new IndicatorExport(messages, locale).writeComposite(analysis, catalogue.byCodes(analysis.weights().keySet()),
				response.getOutputStream());
	}

	/**
	 * An address with this page's territory, year and weights but no page number: the saved analyses'
	 * pager (turning their pages keeps the ranking being looked at) and the ranking's export.
	 */
	static String address(HttpServletRequest request, String path, Map<String, String> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getContextPath() + path);
		parameters.forEach((key, value) -> {
			if (!"page".equals(key) && !"_csrf".equals(key) && !"name".equals(key)) {
				uri.queryParam(key, value);
			}
		});
		return uri.encode().build().toUriString();
	}

	/** The chosen indicators and their weights, in the catalogue's order; a blank or zero weight leaves one out. */
	static Map<String, Double> weights(Map<String, String> parameters) {
		Map<String, Double> weights = new LinkedHashMap<>();
		parameters.forEach((key, value) -> {
			if (key.startsWith(WEIGHT) && value != null && !value.isBlank()) {
				try {
					double weight = Double.parseDouble(value.trim().replace(',', '.'));
					if (weight != 0) {
						weights.put(key.substring(WEIGHT.length()), weight);
					}
				}
				catch (NumberFormatException e) {
					weights.put(key.substring(WEIGHT.length()), -1d);
				}
			}
		});
		return weights;
	}

	@ExceptionHandler(DiagnosisRefused.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
