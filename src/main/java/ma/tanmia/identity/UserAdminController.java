package ma.tanmia.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.tanmia.organization.Organization;
import ma.tanmia.organization.Organizations;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territories;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' screens for accounts: list and search, open an account, change roles, reset a password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdminController {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;
	private final UserAccounts accounts;
	private final UserAdministration administration;
	private final Organizations organizations;
	private final Territories territories;

	UserAdminController(JdbcClient jdbc, UserAccounts accounts, UserAdministration administration,
			Organizations organizations, Territories territories) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.administration = administration;
		this.organizations = organizations;
		this.territories = territories;
	}

	record Row(long id, String username, String fullName, long organizationId, boolean enabled, boolean locked,
			List<UserAdministration.Grant> grants) {
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		String where = " where (:q = '' or lower(a.username) like :like or lower(a.full_name) like :like)";
		String like = "%" + q.toLowerCase().trim() + "%";
		List<Row> rows = jdbc.sql("""
				select a.id, a.username, a.full_name, a.organization_id, a.enabled,
				       coalesce(a.locked_until > now(), false) as locked,
				       (select string_agg(r.role || '@' || r.territory_code, ',' order by r.role)
				        from user_role r where r.user_account = a.id) as roles
				from user_account a""" + where + " order by a.username limit :limit offset :offset")
			.param("q", q.trim())
			.param("like", like)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
					rs.getLong("organization_id"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
					grants(rs.getString("roles"))))
			.list();
		long total = jdbc.sql("select count(*) from user_account a" + where).param("q", q.trim()).param("like", like)
			.query(Long.class).single();
		model.addAttribute("q", q);
		model.addAttribute("users", new PageImpl<>(rows, request, total));
		model.addAttribute("organizations", organizations.byIds(rows.stream().map(Row::organizationId).toList()));
		return "identity/users";
	}

	private static List<UserAdministration.Grant> grants(String aggregated) {
		if (aggregated == null) {
			return List.of();
		}
		return java.util.Arrays.stream(aggregated.split(",")).map(g -> g.split("@", 2))
			.map(g -> new UserAdministration.Grant(Role.valueOf(g[0]), g[1])).toList();
	}

	public static class GrantLine {

		private Role role;
		private String territoryCode;

		public Role getRole() { return role; }
		public void setRole(Role v) { role = v; }
		public String getTerritoryCode() { return territoryCode; }
		public void setTerritoryCode(String v) { territoryCode = v; }
	}

	public static class UserForm {

		@NotBlank
		@Size(max = 64)
		@Pattern(regexp = "[A-Za-z0-9._-]+")
		private String username;
		@NotBlank
		@Size(max = 200)
		private String fullName;
		@Email
		@Size(max = 200)
		private String email;
		@NotBlank
		private String organizationCode;
		@Size(min = AccountController.MIN_PASSWORD, max = 200)
		private String password;
		private boolean enabled = true;
		private Long version;
		@NotNull
		private List<GrantLine> grants = new ArrayList<>();

		public String getUsername() { return username; }
		public void setUsername(String v) { username = v; }
		public String getFullName() { return fullName; }
		public void setFullName(String v) { fullName = v; }
		public String getEmail() { return email; }
		public void setEmail(String v) { email = v == null || v.isBlank() ? null : v.trim(); }
		public String getOrganizationCode() { return organizationCode; }
		public void setOrganizationCode(String v) { organizationCode = v; }
		public String getPassword() { return password; }
		public void setPassword(String v) { password = v == null || v.isEmpty() ? null : v; }
		public boolean isEnabled() { return enabled; }
		public void setEnabled(boolean v) { enabled = v; }
		public Long getVersion() { return version; }
		public void setVersion(Long v) { version = v; }
		public List<GrantLine> getGrants() { return grants; }
		public void setGrants(List<GrantLine> v) { grants = v; }
	}

	@GetMapping("/new")
	String newForm(Model model) {
		UserForm form = new UserForm();
		form.grants.add(new GrantLine());
		model.addAttribute("form", form);
		return formView(model, null);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.password == null) {
			errors.rejectValue("password", "NotBlank");
		}
		if (form.username != null && accounts.findByUsername(form.username).isPresent()) {
			errors.rejectValue("username", "user.username.taken");
		}
		Organization organization = organization(form, errors);
		List<UserAdministration.Grant> grants = grants(form, errors);
		if (errors.hasErrors()) {
			return formView(model, null);
		}
		administration.checkManageable(grants.stream().map(UserAdministration.Grant::territoryCode).toList());
		long id = administration.open(new UserAdministration.NewAccount(form.username, form.password, form.fullName,
				form.email, organization.id(), grants));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		UserAccount account = accounts.findById(id).orElseThrow();
		UserForm form = new UserForm();
		form.username = account.username();
		form.fullName = account.fullName();
		form.email = account.email();
		form.enabled = account.enabled();
		form.version = account.version();
		form.organizationCode = organizations.find(account.organizationId()).map(Organization::code).orElse(null);
		account.roles().forEach(r -> {
			GrantLine line = new GrantLine();
			line.role = r.role();
			line.territoryCode = r.territoryCode();
			form.grants.add(line);
		});
		form.grants.add(new GrantLine());
		model.addAttribute("form", form);
		return formView(model, account);
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserAccount account = accounts.findById(id).orElseThrow();
		Organization organization = organization(form, errors);
		List<UserAdministration.Grant> grants = grants(form, errors);
		if (errors.hasFieldErrors("fullName") || errors.hasFieldErrors("email") || errors.hasFieldErrors("organizationCode")
				|| errors.hasFieldErrors("grants*") || errors.hasGlobalErrors()) {
			return formView(model, account);
		}
		try {
			administration.change(id, form.version, form.fullName, form.email, organization.id(), form.enabled, grants);
			if (form.password != null) {
				administration.resetPassword(id, form.password);
			}
		}
		catch (UserAdministration.ConcurrentChange e) {
			model.addAttribute("conflict", true);
			return formView(model, account);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	private Organization organization(UserForm form, BindingResult errors) {
		if (form.organizationCode == null || form.organizationCode.isBlank()) {
			return null;
		}
		Organization organization = organizations.findByCode(form.organizationCode.trim()).orElse(null);
		if (organization == null) {
			errors.rejectValue("organizationCode", "user.organization.unknown");
		}
		return organization;
	}

	private List<UserAdministration.Grant> grants(UserForm form, BindingResult errors) {
		List<UserAdministration.Grant> grants = new ArrayList<>();
		for (int i = 0; i < form.grants.size(); i++) {
			GrantLine line = form.grants.get(i);
			boolean hasTerritory = line.territoryCode != null && !line.territoryCode.isBlank();
			if (line.role == null && !hasTerritory) {
				continue;
			}
			if (line.role == null) {
				errors.rejectValue("grants[" + i + "].role", "NotNull");
			}
			else if (!hasTerritory || !territories.exists(line.territoryCode.trim())) {
				errors.rejectValue("grants[" + i + "].territoryCode", "user.territory.unknown");
			}
			else {
				grants.add(new UserAdministration.Grant(line.role, line.territoryCode.trim()));
			}
		}
		if (grants.isEmpty() && !errors.hasFieldErrors("grants*")) {
			errors.reject("user.roles.required");
		}
		return grants;
	}

	/** What the form shows of an existing account (templates read public values, not the aggregate). */
	record AccountView(long id, String username) {
	}

	private String formView(Model model, UserAccount account) {
		model.addAttribute("account", account == null ? null : new AccountView(account.id(), account.username()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("organizationChoices", organizations.firstByName(500));
		return "identity/user-form";
	}

}
