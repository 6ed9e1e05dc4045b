package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of a program's prioritization: criteria and weights, evaluators, scoring, ranking, horizons. */
@Controller
class PrioritizationController {

	private final Prioritization prioritization;
	private final Programs programs;
	private final FedCriteria fed;

	PrioritizationController(Prioritization prioritization, Programs programs, FedCriteria fed) {
		this.prioritization = prioritization;
		this.programs = programs;
		this.fed = fed;
	}

	/** The programs a person may see, each with its prioritization and programming. */
	@GetMapping("/priorities")
	String programs(@RequestParam(required = false) String mandate, Model model) {
		List<String> mandates = programs.mandates();
		String chosen = mandate == null || mandate.isBlank() ? (mandates.isEmpty() ? null : mandates.get(0)) : mandate;
		model.addAttribute("programs", programs.visible(chosen, null));
		model.addAttribute("mandates", mandates);
		model.addAttribute("mandate", chosen);
		return "prioritization/programs";
	}

	@GetMapping("/programs/{id}/priorities")
	String page(@PathVariable long id, Model model) {
		Program program = prioritization.readable(id);
		List<Criterion> criteria = prioritization.criteria(id);
		model.addAttribute("program", program);
		model.addAttribute("criteria", criteria);
		model.addAttribute("setup", prioritization.setup(id));
		Map<String, String> choices = new java.util.HashMap<>();
		prioritization.comparisons(id).forEach((key, value) -> choices.put(key, nearest(value)));
		model.addAttribute("choices", choices);
		model.addAttribute("evaluators", prioritization.evaluators(id));
		model.addAttribute("ranking", prioritization.ranking(id, null));
		model.addAttribute("mayEdit", prioritization.mayEdit(program));
		model.addAttribute("isEvaluator", prioritization.isEvaluator(id));
		model.addAttribute("horizons", Horizon.values());
		model.addAttribute("scale", AHP_SCALE);
		model.addAttribute("fedFigures", fed.figures(id));
		model.addAttribute("fedCriteria", criteria.stream().filter(c -> c.fedBy() != null).toList());
		return "prioritization/page";
	}

	/** Saaty's scale as offered in the comparison form, from "column extremely more" to "row extremely more". */
	static final List<String> AHP_SCALE = List.of("0.111111", "0.142857", "0.2", "0.333333", "1", "3", "5", "7", "9");

	/** The scale value closest to a stored comparison (stored values come from this scale). */
	static String nearest(BigDecimal value) {
		return AHP_SCALE.stream()
			.min(java.util.Comparator.comparingDouble(v -> Math.abs(Math.log(Double.parseDouble(v)) - Math.log(value.doubleValue()))))
			.orElse("1");
	}

	@PostMapping("/programs/{id}/priorities/weights")
	String weights(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect, "#weights", () -> prioritization.setWeights(id, numbers(form, "w_")));
	}

	@PostMapping("/programs/{id}/priorities/comparisons")
	String comparisons(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect, "#weights", () -> {
			Prioritization.Setup setup = prioritization.compare(id, numbers(form, "c_"));
			if (setup.inconsistent()) {
				redirect.addFlashAttribute("warning", "prioritization.ahp.inconsistent");
			}
		});
	}

	/** Reads the diagnosis and the consultation again for the fed criteria. */
	@PostMapping("/programs/{id}/priorities/fed")
	String refreshFed(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "#fed", () -> fed.refresh(id));
	}

	@PostMapping("/programs/{id}/priorities/evaluators")
	String invite(@PathVariable long id, @RequestParam String username, RedirectAttributes redirect) {
		return act(id, redirect, "#evaluators", () -> prioritization.invite(id, username));
	}

	@PostMapping("/programs/{id}/priorities/horizons/{projectId}")
	String horizon(@PathVariable long id, @PathVariable long projectId, @RequestParam Horizon horizon,
			RedirectAttributes redirect) {
		return act(id, redirect, "#ranking", () -> prioritization.setHorizon(id, projectId, horizon));
	}

	@GetMapping("/programs/{id}/priorities/score")
	String scoring(@PathVariable long id, Model model) {
		Program program = prioritization.readable(id);
		if (!prioritization.isEvaluator(id)) {
			throw new org.springframework.security.access.AccessDeniedException("Not an evaluator of " + program.code());
		}
		model.addAttribute("program", program);
		model.addAttribute("criteria", prioritization.criteria(id));
		model.addAttribute("ranking", prioritization.ranking(id, null));
		model.addAttribute("mine", prioritization.myScores(id));
		return "prioritization/score";
	}

	@PostMapping("/programs/{id}/priorities/score/{projectId}")
	String score(@PathVariable long id, @PathVariable long projectId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			prioritization.score(id, projectId, numbers(form, "s_"));
			redirect.addFlashAttribute("saved", true);
		}
		catch (PrioritizationRefused refused) {
			flash(redirect, refused);
		}
		return "redirect:/programs/" + id + "/priorities/score#p" + projectId;
	}

	private String act(long id, RedirectAttributes redirect, String anchor, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (PrioritizationRefused refused) {
			flash(redirect, refused);
		}
		return "redirect:/programs/" + id + "/priorities" + anchor;
	}

	/** A program that does not exist (actions catch their own refusals and say why). */
	@org.springframework.web.bind.annotation.ExceptionHandler(PrioritizationRefused.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String unknown() {
		return "error";
	}

	static void flash(RedirectAttributes redirect, PrioritizationRefused refused) {
		redirect.addFlashAttribute("error", refused.messageKey);
		redirect.addFlashAttribute("errorArgs", refused.arguments);
	}

	/** Form fields {@code prefix + key} as numbers; blanks left out; a non-number is refused. */
	static Map<String, BigDecimal> numbers(Map<String, String> form, String prefix) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (var e : form.entrySet()) {
			if (e.getKey().startsWith(prefix) && e.getValue() != null && !e.getValue().isBlank()) {
				try {
					values.put(e.getKey().substring(prefix.length()), new BigDecimal(e.getValue().strip().replace(',', '.')));
				}
				catch (NumberFormatException notANumber) {
					throw new PrioritizationRefused("prioritization.number", e.getValue());
				}
			}
		}
		return values;
	}
}
