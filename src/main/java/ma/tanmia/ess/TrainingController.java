package ma.tanmia.ess;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Trainings: the list with attendance, scheduling one, recording a cooperative's participation. */
@Controller
@RequestMapping("/ess/trainings")
class TrainingController {

	private final Trainings trainings;
	private final CooperativeRepository cooperatives;
	private final Explanations explanations;
	private final EssAccess access;

	TrainingController(Trainings trainings, CooperativeRepository cooperatives, Explanations explanations,
			EssAccess access) {
		this.access = access;
		this.trainings = trainings;
		this.cooperatives = cooperatives;
		this.explanations = explanations;
	}

	@GetMapping
	String list(Model model) {
		access.checkReader();
		model.addAttribute("trainings", trainings.list(null, 200));
		model.addAttribute("kinds", TrainingKind.values());
		return "ess/trainings";
	}

	@PostMapping
	String schedule(@RequestParam TrainingKind kind, @RequestParam String titleAr, @RequestParam String titleFr,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @RequestParam String trainer,
			@RequestParam String territoryCode, RedirectAttributes redirect) {
		try {
			trainings.schedule(new Trainings.TrainingSpec(kind, titleAr, titleFr, startsOn, endsOn, trainer,
					territoryCode.strip().toUpperCase(java.util.Locale.ROOT)), false);
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/trainings";
	}

	@PostMapping("/{id}/participants")
	String participate(@PathVariable long id, @RequestParam String registrationNumber, @RequestParam int registered,
			@RequestParam int attended, @RequestParam int women, @RequestParam int youth, RedirectAttributes redirect) {
		try {
			long cooperative = cooperatives.findByRegistrationNumber(registrationNumber.strip())
				.orElseThrow(() -> new EssRuleBroken("ess.cooperative.unknown", registrationNumber)).id();
			trainings.recordParticipation(id, new Trainings.Participation(cooperative, registered, attended, women, youth));
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/trainings";
	}
}
