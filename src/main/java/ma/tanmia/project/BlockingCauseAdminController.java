package ma.tanmia.project;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The taxonomy of blocking causes is data: an administrator adds causes to a family or retires one.
 * A retired cause stays on the projects that recorded it (the evaluation keeps counting it) but can
 * no longer be chosen.
 */
@Controller
@RequestMapping("/admin/blocking-causes")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class BlockingCauseAdminController {

	private final JdbcClient jdbc;
	private final ProjectQueries queries;
	private final ApplicationEventPublisher events;

	BlockingCauseAdminController(JdbcClient jdbc, ProjectQueries queries, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.events = events;
	}

	record CauseRow(String code, String familyCode, String nameAr, String nameFr, boolean active, long projects) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("families", queries.causeFamilies());
		model.addAttribute("causes", jdbc.sql("""
				select c.code, c.family_code, c.name_ar, c.name_fr, c.active,
				       (select count(distinct b.project_id) from project_blocking b where b.cause_code = c.code) as projects
				from blocking_cause c join blocking_cause_family f on f.code = c.family_code
				order by f.position, c.code
				""").query(CauseRow.class).list());
		return "project/causes";
	}

	@PostMapping
	@Transactional
	String add(@RequestParam String code, @RequestParam String familyCode, @RequestParam String nameAr,
			@RequestParam String nameFr, RedirectAttributes redirect) {
		String normalized = code.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
		if (!normalized.matches("[A-Z][A-Z0-9_]{1,47}") || nameAr.isBlank() || nameFr.isBlank()) {
			redirect.addFlashAttribute("error", "cause.invalid");
			return "redirect:/admin/blocking-causes";
		}
		if (jdbc.sql("select count(*) from blocking_cause where code = :c").param("c", normalized).query(Long.class).single() > 0) {
			redirect.addFlashAttribute("error", "cause.exists");
			return "redirect:/admin/blocking-causes";
		}
		if (jdbc.sql("select count(*) from blocking_cause_family where code = :f").param("f", familyCode).query(Long.class)
			.single() == 0) {
			redirect.addFlashAttribute("error", "cause.invalid");
			return "redirect:/admin/blocking-causes";
		}
		jdbc.sql("insert into blocking_cause (code, family_code, name_ar, name_fr) values (:c, :f, :ar, :fr)")
			.param("c", normalized).param("f", familyCode).param("ar", nameAr.strip()).param("fr", nameFr.strip()).update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("family", familyCode);
		after.put("name_ar", nameAr.strip());
		after.put("name_fr", nameFr.strip());
		events.publishEvent(EntityChanged.created("BlockingCause", normalized, nameFr.strip(), after));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/blocking-causes";
	}

	@PostMapping("/{code}/active")
	@Transactional
	String activate(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
		int updated = jdbc.sql("update blocking_cause set active = :a where code = :c and active <> :a").param("a", active)
			.param("c", code).update();
		if (updated > 0) {
			events.publishEvent(EntityChanged.updated("BlockingCause", code, code, Map.of("active", !active),
					Map.of("active", active)));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/blocking-causes";
	}
}
