package ma.tanmia.consultation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bell (unread count, loaded by htmx in the nav bar), the list of notices, and the administrator's mail outbox. */
@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/consultation/notifications")
	String list(Authentication who, Model model) {
		model.addAttribute("notices", notifications.of(who.getName()));
		return "consultation/notifications";
	}

	@GetMapping("/consultation/notifications/count")
	String count(Authentication who, Model model) {
		model.addAttribute("unread", notifications.unread(who.getName()));
		return "consultation/notifications :: bell";
	}

	@PostMapping("/consultation/notifications/read")
	String read(Authentication who) {
		notifications.markAllRead(who.getName());
		return "redirect:/consultation/notifications";
	}

	/** Mail of every account: the national administrator only. */
	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!ma.tanmia.shared.Authorizations.current().canActOn("/MA/", ma.tanmia.shared.Role.ADMINISTRATOR)) {
			throw new org.springframework.security.access.AccessDeniedException("National administrators only");
		}
		model.addAttribute("mails", notifications.outbox(page));
		model.addAttribute("page", page);
		return "consultation/outbox";
	}
}
