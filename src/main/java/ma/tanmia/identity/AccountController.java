package ma.tanmia.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ma.tanmia.audit.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-in page and a person's own password. */
@Controller
class AccountController {

	static final int MIN_PASSWORD = 10;

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;

	AccountController(UserAccounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	public static class PasswordForm {

		@NotBlank
		private String current;
		@NotBlank
		@Size(min = MIN_PASSWORD, max = 200)
		private String next;
		@NotBlank
		private String confirmation;

		public String getCurrent() { return current; }
		public void setCurrent(String v) { current = v; }
		public String getNext() { return next; }
		public void setNext(String v) { next = v; }
		public String getConfirmation() { return confirmation; }
		public void setConfirmation(String v) { confirmation = v; }
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "identity/password";
	}

	@PostMapping("/account/password")
	@Transactional
	String changePassword(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult errors, Model model) {
		UserAccount account = accounts.findById(user.id()).orElseThrow();
		if (!errors.hasFieldErrors("current") && !encoder.matches(form.current, account.passwordHash())) {
			errors.rejectValue("current", "password.current.wrong");
		}
		if (!errors.hasFieldErrors("next") && !form.next.equals(form.confirmation)) {
			errors.rejectValue("confirmation", "password.confirmation.mismatch");
		}
		if (!errors.hasFieldErrors("next") && form.next.equalsIgnoreCase(user.username())) {
			errors.rejectValue("next", "password.sameAsUsername");
		}
		if (errors.hasErrors()) {
			return "identity/password";
		}
		account.changePassword(encoder.encode(form.next));
		accounts.save(account);
		// Never the hash in the audit trail: only that it changed.
		events.publishEvent(new EntityChanged(EntityChanged.Action.PASSWORD, "UserAccount", user.username(),
				"password changed", null, null));
		model.addAttribute("changed", true);
		model.addAttribute("form", new PasswordForm());
		return "identity/password";
	}
}
