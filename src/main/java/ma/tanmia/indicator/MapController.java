package ma.tanmia.indicator;

import java.io.IOException;
import java.util.List;

import ma.tanmia.territory.Territory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The diagnosis map: communes coloured by class of the indicator's validated value (green for the best
 * values, red for the worst, in the indicator's direction) — their imported
 * boundary where there is one, a circle at their coordinates otherwise — with the legend's limits.
 * The tile server is a setting ({@code tanmia.map.tile-url}); with none, the units are drawn alone,
 * so the map works without internet. No country outline is drawn (see docs/DIAGNOSIS.md).
 */
@Controller
@RequestMapping("/indicators")
class MapController {

	private final IndicatorCatalogue catalogue;
	private final DiagnosisQueries queries;
	private final TerritoryChoices choices;
	private final Boundaries boundaries;

	MapController(IndicatorCatalogue catalogue, DiagnosisQueries queries, TerritoryChoices choices, Boundaries boundaries) {
		this.catalogue = catalogue;
		this.queries = queries;
		this.choices = choices;
		this.boundaries = boundaries;
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String indicator, @RequestParam(required = false) String territory,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "QUANTILES") ClassBreaks.Method method,
			@RequestParam(defaultValue = "5") int classes, Model model) {
		List<Indicator> all = catalogue.all();
		Territory unit = queries.readable(territory == null || territory.isBlank() ? choices.preferred() : territory);
		Indicator shown = indicator == null ? (all.isEmpty() ? null : all.get(0))
				: catalogue.find(indicator).orElseThrow(() -> new DiagnosisRefused("indicator.error.unknown", indicator));
		List<Integer> years = shown == null ? List.of() : queries.years(shown, unit);
		model.addAttribute("indicators", all);
		model.addAttribute("indicator", shown);
		model.addAttribute("unit", unit);
		model.addAttribute("territories", choices.visible());
		model.addAttribute("years", years);
		model.addAttribute("year", year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(years.size() - 1));
		model.addAttribute("method", method);
		model.addAttribute("classes", Math.min(Math.max(classes, 2), 7));
		return "indicator/map";
	}

	@GetMapping("/boundaries")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String boundariesForm() {
		return "indicator/boundaries";
	}

	@PostMapping("/boundaries")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String importBoundaries(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		String name = file.getOriginalFilename() == null ? "boundaries.geojson" : file.getOriginalFilename();
		model.addAttribute("fileName", name);
		try {
			model.addAttribute("imported", boundaries.importGeoJson(file.getInputStream()));
		}
		catch (ValuesRefused refused) {
			model.addAttribute("problems", refused.problems());
		}
		return "indicator/boundaries";
	}
}
