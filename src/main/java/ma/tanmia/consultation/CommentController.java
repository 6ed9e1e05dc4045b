package ma.tanmia.consultation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Posting, reporting and hiding comments; each returns to the commented page. */
@Controller
@RequestMapping("/consultation/comments")
class CommentController {

	private final Comments comments;

	CommentController(Comments comments) {
		this.comments = comments;
	}

	@PostMapping
	String add(@RequestParam Comments.Subject subject, @RequestParam String key, @RequestParam(required = false) String body,
			Authentication who, RedirectAttributes redirect) {
		try {
			comments.add(subject, key, who.getName(), body);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ConsultationRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
		}
		return back(subject, key);
	}

	@PostMapping("/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String reason, Authentication who,
			RedirectAttributes redirect) {
		Comments.Comment comment = comments.find(id);
		try {
			comments.report(id, who.getName(), reason);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ConsultationRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
		}
		return back(comment.subject(), comment.subjectKey());
	}

	@PostMapping("/{id}/hide")
	String hide(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Comments.Comment comment = comments.find(id);
		try {
			comments.hide(id, reason);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ConsultationRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
		}
		return back(comment.subject(), comment.subjectKey());
	}

	static String back(Comments.Subject subject, String key) {
		return switch (subject) {
			case MEETING -> "redirect:/public/meetings/" + key + "#comments";
			case PROPOSAL -> "redirect:/public/proposals/" + key + "#comments";
			case PROJECT -> "redirect:/projects/" + key + "#contributions";
		};
	}
}
