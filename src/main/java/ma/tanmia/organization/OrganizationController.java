package ma.tanmia.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territories;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory of organizations, and the list a territory page embeds. */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

	static final int PAGE_SIZE = 50;

	private final Organizations organizations;
	private final Territories territories;

	OrganizationController(Organizations organizations, Territories territories) {
		this.organizations = organizations;
		this.territories = territories;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "MA") String territory, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("territory", territories.find(territory).orElse(null));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("organizations", organizations.inSubtree(territory, kind, page, PAGE_SIZE));
		return "organization/list";
	}

	public static class OrganizationForm {

		@NotBlank
		@Size(max = 64)
		@Pattern(regexp = "[A-Z0-9][A-Z0-9-]*")
		private String code;
		@NotNull
		private OrganizationKind kind;
		@NotBlank
		@Size(max = 300)
		private String nameAr;
		@NotBlank
		@Size(max = 300)
		private String nameFr;
		@NotBlank
		private String territoryCode;
		@Size(max = 64)
		private String sector;

		public String getCode() { return code; }
		public void setCode(String v) { code = v == null ? null : v.trim().toUpperCase(java.util.Locale.ROOT); }
		public OrganizationKind getKind() { return kind; }
		public void setKind(OrganizationKind v) { kind = v; }
		public String getNameAr() { return nameAr; }
		public void setNameAr(String v) { nameAr = v; }
		public String getNameFr() { return nameFr; }
		public void setNameFr(String v) { nameFr = v; }
		public String getTerritoryCode() { return territoryCode; }
		public void setTerritoryCode(String v) { territoryCode = v == null ? null : v.trim(); }
		public String getSector() { return sector; }
		public void setSector(String v) { sector = v == null || v.isBlank() ? null : v.trim(); }
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String newForm(Model model) {
		model.addAttribute("form", new OrganizationForm());
		model.addAttribute("kinds", OrganizationKind.values());
		return "organization/form";
	}

	/** An administrator registers an organization seated in a unit of their own scope. */
	@PostMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String register(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.code != null && organizations.findByCode(form.code).isPresent()) {
			errors.rejectValue("code", "organization.code.taken");
		}
		String path = form.territoryCode == null ? null : territories.pathOf(form.territoryCode).orElse(null);
		if (form.territoryCode != null && !form.territoryCode.isEmpty() && path == null) {
			errors.rejectValue("territoryCode", "user.territory.unknown");
		}
		if (errors.hasErrors()) {
			model.addAttribute("kinds", OrganizationKind.values());
			return "organization/form";
		}
		if (!Authorizations.current().canActOn(path, Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Territory " + form.territoryCode + " is outside the administrator's scope");
		}
		organizations.register(form.code, form.kind, new LocalizedName(form.nameAr, form.nameFr, null),
				form.territoryCode, form.sector);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/organizations?territory=" + form.territoryCode;
	}

	@GetMapping("/fragment")
	String seatedIn(@RequestParam String territory, Model model) {
		model.addAttribute("organizations", organizations.seatedIn(territory));
		return "organization/list :: seated";
	}
}
