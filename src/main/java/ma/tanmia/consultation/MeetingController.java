package ma.tanmia.consultation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.tanmia.organization.Organizations;
import ma.tanmia.program.ProgramPhase;
import ma.tanmia.program.Programs;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organizers schedule meetings and record what happened: the forms post here, the meeting's public
 * page shows the result (and the forms, to its organizers).
 */
@Controller
@RequestMapping("/consultation/meetings")
class MeetingController {

	private final Meetings meetings;
	private final Programs programs;
	private final Organizations organizations;

	MeetingController(Meetings meetings, Programs programs, Organizations organizations) {
		this.meetings = meetings;
		this.programs = programs;
		this.organizations = organizations;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String territory, Model model) {
		MeetingForm form = new MeetingForm();
		form.setTerritoryCode(territory);
		model.addAttribute("form", form);
		return formView(model, null);
	}

	@PostMapping
	String schedule(@ModelAttribute("form") MeetingForm form, Authentication who, Model model) {
		try {
			long id = meetings.schedule(form.draft(), who.getName());
			return "redirect:/public/meetings/" + id;
		}
		catch (ConsultationRefused refused) {
			model.addAttribute("error", refused.messageKey);
			return formView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Meeting meeting = meetings.editable(id);
		model.addAttribute("form", MeetingForm.of(meeting, meetings.agenda(id)));
		return formView(model, meeting);
	}

	@PostMapping("/{id}")
	String describe(@PathVariable long id, @ModelAttribute("form") MeetingForm form, Model model, RedirectAttributes redirect) {
		Meeting meeting = meetings.editable(id);
		try {
			meetings.describe(id, form.getVersion(), form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/public/meetings/" + id;
		}
		catch (ConsultationRefused refused) {
			model.addAttribute("error", refused.messageKey);
			return formView(model, meeting);
		}
	}

	@PostMapping("/{id}/minutes")
	String minutes(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String minutes,
			RedirectAttributes redirect) {
		return outcome(redirect, id, "minutes", () -> meetings.recordMinutes(id, version, minutes));
	}

	@PostMapping("/{id}/participation")
	String participation(@PathVariable long id, @RequestParam long version, @RequestParam List<ParticipantCategory> category,
			@RequestParam List<String> organizations, @RequestParam(required = false) List<Integer> women,
			@RequestParam(required = false) List<Integer> men, @RequestParam(required = false) List<Integer> youth, RedirectAttributes redirect) {
		return outcome(redirect, id, "participation", () -> {
			if (women == null || men == null || youth == null || women.size() != category.size()
					|| men.size() != category.size() || youth.size() != category.size()) {
				throw new ConsultationRefused("consultation.participation.required");
			}
			List<Participation> rows = new ArrayList<>();
			for (int i = 0; i < category.size(); i++) {
				rows.add(new Participation(category.get(i), i < organizations.size() ? organizations.get(i) : null,
						women.get(i), men.get(i), youth.get(i)));
			}
			meetings.recordParticipation(id, version, rows);
		});
	}

	@PostMapping("/{id}/attendees")
	String attendee(@PathVariable long id, @RequestParam String fullName, @RequestParam(required = false) String organization,
			@RequestParam ParticipantCategory category, @RequestParam String gender,
			@RequestParam(defaultValue = "false") boolean youth, RedirectAttributes redirect) {
		return outcome(redirect, id, "attendance", () -> meetings.addAttendee(id, fullName, organization, category,
				gender.isEmpty() ? ' ' : gender.charAt(0), youth));
	}

	@PostMapping("/{id}/attendees/{attendee}/remove")
	String removeAttendee(@PathVariable long id, @PathVariable long attendee, @RequestParam long version,
			RedirectAttributes redirect) {
		return outcome(redirect, id, "attendance", () -> meetings.removeAttendee(id, attendee, version));
	}

	@PostMapping("/{id}/recommendations")
	String recommend(@PathVariable long id, @RequestParam String text, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return outcome(redirect, id, "recommendations", () -> meetings.recommend(id, text, owner, dueOn));
	}

	/** Revises a recommendation: without {@code text}, only its follow-up (status, project, priority). */
	@PostMapping("/{id}/recommendations/{recommendation}")
	String revise(@PathVariable long id, @PathVariable long recommendation, @RequestParam long version,
			@RequestParam(required = false) RecommendationStatus status, @RequestParam(required = false) String text,
			@RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(required = false) String projectCode, @RequestParam(required = false) Long priority,
			RedirectAttributes redirect) {
		if (meetings.recommendation(recommendation).meetingId() != id) {
			throw new ConsultationNotFound("recommendation " + recommendation);
		}
		return outcome(redirect, id, "recommendations", () -> meetings.revise(recommendation, version,
				new Meetings.RecommendationChange(text, owner, dueOn, status, projectCode, priority)));
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication who,
			RedirectAttributes redirect) {
		return outcome(redirect, id, "attachments", () -> {
			try {
				meetings.attach(id, file, who.getName());
			}
			catch (IOException unreadable) {
				throw new ConsultationRefused("consultation.attachment.empty");
			}
		});
	}

	private static String outcome(RedirectAttributes redirect, long id, String anchor, Runnable change) {
		return Outcome.redirect(redirect, "/public/meetings/" + id + "#" + anchor, change);
	}

	private String formView(Model model, Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("phases", ProgramPhase.values());
		model.addAttribute("programs", programs.visible(null, null));
		model.addAttribute("organizations", organizations.firstByName(500));
		return "consultation/meeting-form";
	}

}
