package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.program.Program;
import ma.tanmia.project.ProjectCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of a program's multi-year programming: scenarios side by side, a new scenario, a run that
 * the page follows by polling (never waiting on the solver), cancelling, choosing.
 */
@Controller
class ProgrammingController {

	private final Programming programming;
	private final Prioritization prioritization;
	private final ProjectCatalog catalog;

	ProgrammingController(Programming programming, Prioritization prioritization, ProjectCatalog catalog) {
		this.programming = programming;
		this.prioritization = prioritization;
		this.catalog = catalog;
	}

	@GetMapping("/programs/{id}/programming")
	String page(@PathVariable long id, Model model) {
		Program program = prioritization.readable(id);
		List<Scenario> scenarios = programming.scenarios(id);
		Map<Long, ProgrammingJob> jobs = programming.latestJobs(id);
		model.addAttribute("program", program);
		model.addAttribute("scenarios", scenarios);
		model.addAttribute("jobs", jobs);
		model.addAttribute("mayEdit", prioritization.mayEdit(program));
		model.addAttribute("sources", catalog.fundingSources());
		model.addAttribute("criteria", prioritization.criteria(id));
		List<Prioritization.RankedCandidate> ranking = prioritization.ranking(id, null);
		model.addAttribute("ranking", ranking);
		Map<String, Prioritization.RankedCandidate> byCode = new HashMap<>();
		ranking.forEach(r -> byCode.put(r.project().code(), r));
		model.addAttribute("byCode", byCode);
		int firstYear = firstYear(program);
		model.addAttribute("firstYear", firstYear);
		model.addAttribute("defaultYears", 6);
		model.addAttribute("demand", programming.yearlyDemand(id, 3));
		// Side by side: each scenario's start year of each candidate.
		Map<Long, Map<String, Integer>> startByScenario = new HashMap<>();
		jobs.forEach((scenarioId, job) -> {
			Map<String, Integer> starts = new HashMap<>();
			if (job.outcome() != null) {
				job.outcome().schedule().forEach(l -> starts.put(l.code(), l.startYear()));
			}
			startByScenario.put(scenarioId, starts);
		});
		model.addAttribute("startByScenario", startByScenario);
		programming.chosen(id).ifPresent(chosen -> {
			model.addAttribute("chosen", chosen);
			if (chosen.job() != null && chosen.job().outcome() != null) {
				model.addAttribute("detail", ProgrammingDetail.of(chosen.scenario(), chosen.job().outcome()));
			}
		});
		return "prioritization/programming";
	}

	static int firstYear(Program program) {
		String mandate = program.mandateCode();
		try {
			return Integer.parseInt(mandate.substring(0, 4));
		}
		catch (RuntimeException notAYear) {
			return java.time.Year.now().getValue();
		}
	}

	@PostMapping("/programs/{id}/programming/scenarios")
	String save(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Scenario.Draft draft = draft(form);
			Scenario saved = programming.save(id, draft);
			if (form.containsKey("run")) {
				return "redirect:/programming/jobs/" + programming.run(saved.id());
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (PrioritizationRefused refused) {
			PrioritizationController.flash(redirect, refused);
		}
		return "redirect:/programs/" + id + "/programming";
	}

	@GetMapping("/programming/scenarios/{scenarioId}/edit")
	String edit(@PathVariable long scenarioId, Model model) {
		Scenario scenario = programming.scenario(scenarioId)
			.orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		Program program = prioritization.editable(scenario.programId());
		model.addAttribute("program", program);
		model.addAttribute("scenario", scenario);
		model.addAttribute("sources", catalog.fundingSources());
		model.addAttribute("criteria", prioritization.criteria(program.id()));
		model.addAttribute("firstYear", scenario.firstYear());
		model.addAttribute("defaultYears", scenario.years());
		return "prioritization/scenario";
	}

	@PostMapping("/programming/scenarios/{scenarioId}")
	String update(@PathVariable long scenarioId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Scenario scenario = programming.scenario(scenarioId)
			.orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		try {
			programming.update(scenarioId, integer(form.get("version"), -1), draft(form));
			if (form.containsKey("run")) {
				return "redirect:/programming/jobs/" + programming.run(scenarioId);
			}
			redirect.addFlashAttribute("saved", true);
			return "redirect:/programs/" + scenario.programId() + "/programming";
		}
		catch (PrioritizationRefused refused) {
			PrioritizationController.flash(redirect, refused);
			return "redirect:/programming/scenarios/" + scenarioId + "/edit";
		}
	}

	@PostMapping("/programming/scenarios/{scenarioId}/delete")
	String delete(@PathVariable long scenarioId, @RequestParam long version, RedirectAttributes redirect) {
		Scenario scenario = programming.scenario(scenarioId)
			.orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		try {
			programming.delete(scenarioId, version);
			redirect.addFlashAttribute("saved", true);
		}
		catch (PrioritizationRefused refused) {
			PrioritizationController.flash(redirect, refused);
		}
		return "redirect:/programs/" + scenario.programId() + "/programming";
	}

	static Scenario.Draft draft(Map<String, String> form) {
		int years = integer(form.get("years"), 6);
		int firstYear = integer(form.get("firstYear"), 0);
		Map<String, List<BigDecimal>> caps = new LinkedHashMap<>();
		Map<String, BigDecimal> capValues = PrioritizationController.numbers(form, "cap_");
		capValues.forEach((key, value) -> {
			int dot = key.lastIndexOf('_');
			String source = key.substring(0, dot);
			int y = integer(key.substring(dot + 1), -1);
			if (y < 0 || y >= years) {
				throw new PrioritizationRefused("programming.scenario.cap", source);
			}
			caps.computeIfAbsent(source, k -> new ArrayList<>(java.util.Collections.nCopies(years, (BigDecimal) null)))
				.set(y, value);
		});
		List<List<String>> precedences = new ArrayList<>();
		for (String line : form.getOrDefault("precedences", "").split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] pair = line.split(">|→");
			if (pair.length != 2) {
				throw new PrioritizationRefused("programming.scenario.precedence", line);
			}
			precedences.add(List.of(pair[0].strip(), pair[1].strip()));
		}
		Map<String, BigDecimal> weights = PrioritizationController.numbers(form, "w_");
		return new Scenario.Draft(form.getOrDefault("name", ""), firstYear, years, caps, precedences,
				weights.isEmpty() ? null : weights, integer(form.get("ruralMinPercent"), 0),
				integer(form.get("provinceMinPercent"), 0), integer(form.get("maxStartsPerYear"), 0),
				integer(form.get("timeLimitSeconds"), 30));
	}

	private static int integer(String text, int otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new PrioritizationRefused("prioritization.number", text);
		}
	}

	@PostMapping("/programming/scenarios/{scenarioId}/run")
	String run(@PathVariable long scenarioId, RedirectAttributes redirect) {
		Scenario scenario = programming.scenario(scenarioId)
			.orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		try {
			return "redirect:/programming/jobs/" + programming.run(scenarioId);
		}
		catch (PrioritizationRefused refused) {
			PrioritizationController.flash(redirect, refused);
			return "redirect:/programs/" + scenario.programId() + "/programming";
		}
	}

	/** The confirmation: what choosing the scenario will write into the projects, and what it leaves. */
	@GetMapping("/programming/scenarios/{scenarioId}/choose")
	String confirmChoice(@PathVariable long scenarioId, Model model, RedirectAttributes redirect) {
		Scenario scenario = programming.scenario(scenarioId)
			.orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		Programming.ChoicePreview preview;
		try {
			preview = programming.preview(scenarioId);
		}
		catch (PrioritizationRefused refused) {
			PrioritizationController.flash(redirect, refused);
			return "redirect:/programs/" + scenario.programId() + "/programming";
		}
		model.addAttribute("program", prioritization.readable(scenario.programId()));
		model.addAttribute("preview", preview);
		model.addAttribute("sources", catalog.fundingSources());
		return "prioritization/choose";
	}

	@PostMapping("/programming/scenarios/{scenarioId}/choose")
	String choose(@PathVariable long scenarioId, RedirectAttributes redirect) {
		Scenario scenario = programming.scenario(scenarioId)
			.orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		try {
			programming.choose(scenarioId);
			redirect.addFlashAttribute("saved", true);
		}
		catch (PrioritizationRefused refused) {
			PrioritizationController.flash(redirect, refused);
			return "redirect:/programming/scenarios/" + scenarioId + "/choose";
		}
		return "redirect:/programs/" + scenario.programId() + "/programming";
	}

	@GetMapping("/programming/jobs/{jobId}")
	String job(@PathVariable long jobId, Model model) {
		ProgrammingJob job = programming.job(jobId).orElseThrow(() -> new PrioritizationRefused("programming.job.unknown"));
		Program program = prioritization.readable(job.programId());
		model.addAttribute("program", program);
		model.addAttribute("scenario", programming.scenario(job.scenarioId()).orElseThrow());
		model.addAttribute("job", job);
		model.addAttribute("mayEdit", prioritization.mayEdit(program));
		Map<String, Prioritization.RankedCandidate> byCode = new HashMap<>();
		prioritization.ranking(job.programId(), null).forEach(r -> byCode.put(r.project().code(), r));
		model.addAttribute("byCode", byCode);
		model.addAttribute("sources", catalog.fundingSources());
		return "prioritization/job";
	}

	/** The part of the job page that polls while the solver runs. */
	@GetMapping("/programming/jobs/{jobId}/status")
	String status(@PathVariable long jobId, Model model) {
		job(jobId, model);
		return "prioritization/job :: status";
	}

	@PostMapping("/programming/jobs/{jobId}/cancel")
	String cancel(@PathVariable long jobId) {
		programming.cancel(jobId);
		return "redirect:/programming/jobs/" + jobId;
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(PrioritizationRefused.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String unknown() {
		return "error";
	}
}
