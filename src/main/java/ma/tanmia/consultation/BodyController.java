package ma.tanmia.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consultative bodies: read by anyone, kept by the council's planners or the governor's office. */
@Controller
class BodyController {

	private final ConsultativeBodies bodies;

	BodyController(ConsultativeBodies bodies) {
		this.bodies = bodies;
	}

	@GetMapping("/public/bodies")
	String list(Model model) {
		model.addAttribute("bodies", bodies.all());
		model.addAttribute("kinds", ConsultativeBodies.Kind.values());
		return "consultation/bodies";
	}

	@GetMapping("/public/bodies/{id}")
	String body(@PathVariable long id, Model model) {
		ConsultativeBodies.Body body = bodies.find(id);
		model.addAttribute("body", body);
		model.addAttribute("members", bodies.members(id));
		model.addAttribute("sessions", bodies.sessions(id));
		model.addAttribute("opinions", bodies.opinions(id));
		model.addAttribute("mayManage", Meetings.mayOrganize(body.territoryPath()));
		return "consultation/body";
	}

	@PostMapping("/consultation/bodies")
	String create(@RequestParam(required = false) ConsultativeBodies.Kind kind, @RequestParam(required = false) String councilCode,
			@RequestParam(required = false) String councilOrgCode, @RequestParam(required = false) String nameAr,
			@RequestParam(required = false) String nameFr, Authentication who, RedirectAttributes redirect) {
		try {
			return "redirect:/public/bodies/" + bodies.create(kind, councilCode, councilOrgCode, nameAr, nameFr, who.getName());
		}
		catch (ConsultationRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
			return "redirect:/public/bodies";
		}
	}

	@PostMapping("/consultation/bodies/{id}/members")
	String member(@PathVariable long id, @RequestParam(required = false) String fullName,
			@RequestParam(required = false) String organization, @RequestParam(defaultValue = " ") String gender,
			@RequestParam(defaultValue = "false") boolean youth, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> bodies.addMember(id, fullName, organization,
				gender.isEmpty() ? ' ' : gender.charAt(0), youth));
	}

	@PostMapping("/consultation/bodies/{id}/sessions")
	String session(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(required = false) String venue, @RequestParam(required = false) String agenda, Authentication who,
			RedirectAttributes redirect) {
		List<String> items = agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).toList();
		return outcome(id, redirect, () -> bodies.scheduleSession(id, startsAt, venue, items, who.getName()));
	}

	@PostMapping("/consultation/bodies/{id}/opinions")
	String opinion(@PathVariable long id, @RequestParam(required = false) Long meetingId,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			RedirectAttributes redirect) {
		return outcome(id, redirect, () -> bodies.giveOpinion(id, meetingId, subject, opinion, givenOn));
	}

	private static String outcome(long id, RedirectAttributes redirect, Runnable change) {
		return Outcome.redirect(redirect, "/public/bodies/" + id, change);
	}
}
