package ma.tanmia.project;

import java.util.List;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.ScopedRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The evaluation of a mandate for a territory: the answer on top, then every breakdown, each figure
 * leading to the projects behind it. The same as JSON under {@code /api/v1/evaluation}.
 */
@Controller
class EvaluationController {

	static final String DEFAULT_MANDATE = "2016-2021";

	private final MandateEvaluation evaluation;

	EvaluationController(MandateEvaluation evaluation) {
		this.evaluation = evaluation;
	}

	static final int SHOWN_ROWS = 25;

	@GetMapping("/evaluation")
	String page(@RequestParam(required = false) String mandate, @RequestParam(required = false) String territory,
			@RequestParam(required = false) String all, Model model) {
		String chosenMandate = mandate == null || mandate.isBlank() ? DEFAULT_MANDATE : mandate;
		String chosenTerritory = territory == null || territory.isBlank() ? defaultTerritory() : territory.trim();
		model.addAttribute("mandates", evaluation.mandates());
		model.addAttribute("mandate", chosenMandate);
		model.addAttribute("territory", chosenTerritory);
		// A region has some 1,500 program axes: each breakdown shows its largest rows until asked for
		// all of them (the Excel export always has them all).
		model.addAttribute("shownRows", SHOWN_ROWS);
		model.addAttribute("showAll", all);
		evaluation.evaluate(chosenMandate, chosenTerritory).ifPresentOrElse(report -> {
			model.addAttribute("report", report);
			model.addAttribute("drill", "mandate=" + report.mandate() + "&territory=" + report.territoryCode());
			evaluation.unpaidCommitments(report.mandate(), report.territoryCode())
				.filter(u -> u.agreements() > 0)
				.ifPresent(u -> model.addAttribute("unpaidCommitments", u));
		}, () -> model.addAttribute("unknown", true));
		return "project/evaluation";
	}

	/** {@code GET /api/v1/evaluation?mandate=2016-2021&territory=MA-INE}. */
	@GetMapping("/api/v1/evaluation")
	@ResponseBody
	ResponseEntity<?> json(@RequestParam String mandate, @RequestParam String territory) {
		return evaluation.evaluate(mandate, territory)
			.<ResponseEntity<?>>map(r -> ResponseEntity.ok(EvaluationJson.of(r)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(new ErrorJson("not_found", "unknown mandate or territory")));
	}

	record ErrorJson(String error, String message) {
	}

	/** The narrowest territory the person holds a role over: where their evaluation naturally starts. */
	private static String defaultTerritory() {
		List<ScopedRole> roles = Authorizations.current().roles();
		return roles.stream()
			.max(java.util.Comparator.comparingInt(r -> r.scopePath().length()))
			.map(ScopedRole::territoryCode)
			.orElse("MA");
	}
}
