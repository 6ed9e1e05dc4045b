package ma.tanmia.consultation;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Petitions: read by anyone, filed and signed when signed in, moved along by the council's services. */
@Controller
class PetitionController {

	private final Petitions petitions;
	private final TerritoryScope scope;

	private final Meetings meetings;

	PetitionController(Petitions petitions, TerritoryScope scope, Meetings meetings) {
		this.meetings = meetings;
		this.scope = scope;
		this.petitions = petitions;
	}

	@GetMapping("/public/petitions")
	String list(@RequestParam(required = false) String territory, @RequestParam(defaultValue = "0") int page, Model model) {
		String path = scope.pathOf(territory);
		var rows = petitions.page(path, page, 30);
		model.addAttribute("petitions", rows);
		model.addAttribute("territory", path == null ? null : territory.strip());
		model.addAttribute("thresholds", petitions.thresholds());
		model.addAttribute("territoryNames", names(rows.getContent().stream().map(Petition::councilCode).toList()));
		return "consultation/petitions";
	}

	@GetMapping("/public/petitions/{id}")
	String petition(@PathVariable long id, Authentication authentication, Model model) {
		Petition petition = petitions.find(id).orElseThrow(() -> new ConsultationNotFound("petition " + id));
		model.addAttribute("petition", petition);
		model.addAttribute("threshold", petitions.threshold(petition));
		model.addAttribute("agendaSession", petition.meetingId() == null ? null : meetings.find(petition.meetingId()).orElse(null));
		boolean mayDecide = Petitions.mayDecide(petition.territoryPath());
		model.addAttribute("sessions", mayDecide && petition.status() == PetitionStatus.ADMISSIBLE
				? meetings.sessionsOf(petition.councilCode()) : List.of());
		model.addAttribute("signed", petitions.signedBy(id, Accounts.nameOf(authentication)));
		model.addAttribute("mayDecide", Petitions.mayDecide(petition.territoryPath()));
		model.addAttribute("nextSteps", List.of(PetitionStatus.values()).stream().filter(petition.status()::mayMoveTo).toList());
		model.addAttribute("territoryNames", names(List.of(petition.councilCode())));
		return "consultation/petition";
	}

	@GetMapping("/consultation/petitions/new")
	String newForm() {
		return "consultation/petition-form";
	}

	@PostMapping("/consultation/petitions")
	String submit(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
			@RequestParam(required = false) String councilCode, Authentication who, Model model) {
		try {
			return "redirect:/public/petitions/" + petitions.submit(who.getName(), title, body, councilCode, false);
		}
		catch (ConsultationRefused refused) {
			model.addAttribute("error", refused.messageKey);
			model.addAttribute("title", title);
			model.addAttribute("body", body);
			model.addAttribute("councilCode", councilCode);
			return "consultation/petition-form";
		}
	}

	@PostMapping("/consultation/petitions/{id}/sign")
	String sign(@PathVariable long id, Authentication who, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> petitions.sign(id, who.getName()));
	}

	@PostMapping("/consultation/petitions/{id}/decide")
	String decide(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) PetitionStatus status,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long meeting,
			RedirectAttributes redirect) {
		return outcome(id, redirect, () -> petitions.decide(id, version, status, text, meeting));
	}

	@GetMapping("/admin/petition-thresholds")
	String thresholds(Model model) {
		model.addAttribute("thresholds", petitions.thresholds());
		return "consultation/thresholds";
	}

	@PostMapping("/admin/petition-thresholds")
	String setThreshold(@RequestParam String level, @RequestParam(defaultValue = "0") int fromInhabitants,
			@RequestParam(required = false) Integer signatures, RedirectAttributes redirect) {
		return Outcome.redirect(redirect, "/admin/petition-thresholds",
				() -> petitions.setThreshold(level, fromInhabitants, signatures == null ? 0 : signatures));
	}

	private static String outcome(long id, RedirectAttributes redirect, Runnable change) {
		return Outcome.redirect(redirect, "/public/petitions/" + id, change);
	}

	private java.util.Map<String, ma.tanmia.shared.LocalizedName> names(List<String> codes) {
		return scope.names(codes);
	}
}
