package ma.tanmia.consultation;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A form post that changes something: on success "saved", on a broken rule its message; then back to the page. */
final class Outcome {

	private Outcome() {
	}

	static String redirect(RedirectAttributes redirect, String target, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (ConsultationRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
		}
		return "redirect:" + target;
	}
}
