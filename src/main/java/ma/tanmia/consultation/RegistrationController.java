package ma.tanmia.consultation;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import ma.tanmia.identity.UserAdministration;
import ma.tanmia.organization.Organization;
import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Citizens open their own account to propose, support, sign and comment: a CITIZEN role over the
 * commune they choose, in the "citizens" organization, through the identity module's public API.
 */
@Controller
@RequestMapping("/public/register")
class RegistrationController {

	static final String CITIZENS_ORG = "PUBLIC";
	static final int MIN_PASSWORD = 10;
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final UserAdministration users;
	private final Organizations organizations;
	private final Territories territories;
	private final TransactionTemplate transaction;
	private final RateLimits limits;

	RegistrationController(UserAdministration users, Organizations organizations, Territories territories,
			TransactionTemplate transaction, RateLimits limits) {
		this.limits = limits;
		this.users = users;
		this.organizations = organizations;
		this.territories = territories;
		this.transaction = transaction;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("communes", communes());
		return "consultation/register";
	}

	@PostMapping
	String register(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String fullName,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, @RequestParam(defaultValue = "") String commune,
			@RequestParam(defaultValue = "") String website, HttpServletRequest request, Model model) {
		if (!website.isEmpty()) {
			// The honeypot: a field people never see (nor screen readers announce), that form-filling
			// scripts fill. Answered as a success so the script learns nothing; no account is opened.
			return "redirect:/login?registered";
		}
		String name = username.strip().toLowerCase(java.util.Locale.ROOT);
		String error = null;
		String field = null;
		if (!USERNAME.matcher(name).matches()) {
			error = "consultation.register.username";
			field = "username";
		}
		else if (fullName.isBlank() || fullName.strip().length() > 200) {
			error = "consultation.register.fullName";
			field = "fullName";
		}
		else if (!email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
			error = "consultation.register.email";
			field = "email";
		}
		else if (password.length() < MIN_PASSWORD || password.length() > 200) {
			error = "consultation.register.password";
			field = "password";
		}
		else if (!password.equals(confirmation)) {
			error = "password.confirmation.mismatch";
			field = "confirmation";
		}
		else if (territories.find(commune).filter(t -> t.level() == TerritoryLevel.COMMUNE).isEmpty()) {
			error = "consultation.register.commune";
			field = "commune";
		}
		else if (users.exists(name)) {
			error = "consultation.register.taken";
			field = "username";
		}
		if (error == null) {
			try {
				transaction.executeWithoutResult(status -> {
					limits.registration(request.getRemoteAddr());
					Organization citizens = organizations.findByCode(CITIZENS_ORG).orElseGet(() -> organizations.register(
							CITIZENS_ORG, OrganizationKind.ASSOCIATION,
							new LocalizedName("المواطنون (حسابات فردية)", "Citoyens (comptes individuels)", null), "MA", null));
					users.open(new UserAdministration.NewAccount(name, password, fullName.strip(),
							email.isBlank() ? null : email.strip(), citizens.id(),
							List.of(new UserAdministration.Grant(Role.CITIZEN, commune))));
				});
			}
			catch (ConsultationRefused refused) {
				error = refused.messageKey;
			}
		}
		if (error != null) {
			model.addAttribute("error", error);
			model.addAttribute("field", field);
			model.addAttribute("username", username);
			model.addAttribute("fullName", fullName);
			model.addAttribute("email", email);
			model.addAttribute("commune", commune);
			model.addAttribute("communes", communes());
			return "consultation/register";
		}
		return "redirect:/login?registered";
	}

	private List<Territory> communes() {
		return territories.findAll(territories.subtreeCodes("MA")).stream()
			.filter(t -> t.level() == TerritoryLevel.COMMUNE)
			.sorted(Comparator.comparing(Territory::path)).toList();
	}
}
