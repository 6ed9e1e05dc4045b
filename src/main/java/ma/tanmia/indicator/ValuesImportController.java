package ma.tanmia.indicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of values from CSV or Excel: all rows or none, every problem located by row and column in
 * the reader's language. Rows outside the person's scope are problems like any other, so a commune
 * cannot slip a neighbour's figures into a file.
 */
@Controller
@RequestMapping("/indicators/import")
class ValuesImportController {

	private final IndicatorValues values;

	ValuesImportController(IndicatorValues values) {
		this.values = values;
	}

	@GetMapping
	String form() {
		return "indicator/import";
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		byte[] body = ("\uFEFF" + String.join(",", ValuesFile.COLUMNS) + "\nWATER_ACCESS,MA-INE-01,2024,96.5,ONEE\n")
			.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicator-values.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	@PostMapping
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "values.csv"
				: file.getOriginalFilename();
		model.addAttribute("fileName", name);
		if (file.isEmpty()) {
			model.addAttribute("problems", List.of(ValueProblem.at(0, null, "indicator.import.empty")));
			return "indicator/import";
		}
		ValuesFile.Parsed parsed = ValuesFile.read(file.getInputStream(), name);
		List<ValueProblem> problems = new ArrayList<>(parsed.problems());
		if (!problems.isEmpty()) {
			if (!parsed.submissions().isEmpty()) {
				problems.addAll(values.check(parsed.submissions()));
			}
			problems.sort(Comparator.comparingInt(ValueProblem::row));
			model.addAttribute("problems", problems);
			return "indicator/import";
		}
		try {
			model.addAttribute("result", values.submitAll(parsed.submissions(), false));
		}
		catch (ValuesRefused refused) {
			model.addAttribute("problems", refused.problems());
		}
		return "indicator/import";
	}
}
