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
		return Outcome.redirect(redirect, back(subject, key), () -> comments.add(subject, key, who.getName(), body));
	}

	@PostMapping("/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String reason, Authentication who,
			RedirectAttributes redirect) {
		Comments.Comment comment = comments.find(id);
		return Outcome.redirect(redirect, back(comment.subject(), comment.subjectKey()),
				() -> comments.report(id, who.getName(), reason));
	}

	@PostMapping("/{id}/hide")
	String hide(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Comments.Comment comment = comments.find(id);
		return Outcome.redirect(redirect, back(comment.subject(), comment.subjectKey()), () -> comments.hide(id, reason));
	}

	static String back(Comments.Subject subject, String key) {
		return switch (subject) {
			case MEETING -> "/public/meetings/" + key + "#comments";
			case PROPOSAL -> "/public/proposals/" + key + "#comments";
			case PROJECT -> "/projects/" + key + "#contributions";
		};
	}
}
