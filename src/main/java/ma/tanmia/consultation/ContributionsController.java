package ma.tanmia.consultation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ma.tanmia.project.ProjectProgress;
import ma.tanmia.project.ProjectQueries;
import ma.tanmia.shared.Authorizations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Traceability, seen from a project: the recommendations and proposals it carries, its comments, and
 * a follow button. The project page loads it with htmx, so the project module need not know this one.
 */
@Controller
class ContributionsController {

	private final Meetings meetings;
	private final Proposals proposals;
	private final Comments comments;
	private final Notifications notifications;
	private final ProjectQueries projects;
	private final Priorities priorities;

	ContributionsController(Meetings meetings, Proposals proposals, Comments comments, Notifications notifications,
			ProjectQueries projects, Priorities priorities) {
		this.priorities = priorities;
		this.meetings = meetings;
		this.proposals = proposals;
		this.comments = comments;
		this.notifications = notifications;
		this.projects = projects;
	}

	@GetMapping("/consultation/contributions")
	String contributions(@RequestParam String project, Authentication who, Model model) {
		ProjectProgress progress = visible(project);
		// What citizens and meetings asked of this project, or of the priority (axis, sub-program) it serves.
		List<Long> behind = priorities.nodesBehind(project);
		List<Recommendation> recommendations = meetings.recommendationsCarriedBy(project, behind);
		Map<Long, Meeting> meetingsById = meetings.byIds(recommendations.stream().map(Recommendation::meetingId)
			.collect(Collectors.toSet()));
		model.addAttribute("project", progress);
		model.addAttribute("recommendations", recommendations);
		model.addAttribute("meetingsById", meetingsById);
		model.addAttribute("proposals", proposals.carriedBy(project, behind));
		model.addAttribute("comments", comments.on(Comments.Subject.PROJECT, project));
		model.addAttribute("commentSubject", "PROJECT");
		model.addAttribute("commentKey", project);
		model.addAttribute("following", notifications.follows(who.getName(), project));
		return "consultation/contributions :: contributions";
	}

	@PostMapping("/consultation/follow")
	String follow(@RequestParam String project, Authentication who) {
		visible(project);
		notifications.toggleFollow(who.getName(), project);
		return "redirect:/projects/" + project + "#contributions";
	}

	private ProjectProgress visible(String code) {
		ProjectProgress progress = projects.progressOf(List.of(code)).get(code);
		if (progress == null) {
			throw new ConsultationNotFound("project " + code);
		}
		if (!Authorizations.current().sees(progress.territoryPath())) {
			throw new AccessDeniedException("Project outside the reader's scopes");
		}
		return progress;
	}
}
