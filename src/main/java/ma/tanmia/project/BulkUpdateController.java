package ma.tanmia.project;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import ma.tanmia.platform.Formats;
import ma.tanmia.platform.Languages;
import ma.tanmia.shared.Authorizations;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Updating projects in bulk through Excel: the page with the template and the upload form, the
 * preview of an upload, its commit with a progress bar that htmx polls, and its outcome.
 */
@Controller
@RequestMapping("/projects/bulk")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLANNER')")
class BulkUpdateController {

	static final int PREVIEW_PAGE = 200;

	private final BulkUpdates bulk;
	private final BulkTemplate template;
	private final BulkVocabulary words;
	private final ProjectFilters filters;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final Formats formats;

	BulkUpdateController(BulkUpdates bulk, BulkTemplate template, BulkVocabulary words, ProjectFilters filters,
			MessageSource messages, JdbcClient jdbc, Formats formats) {
		this.formats = formats;
		this.bulk = bulk;
		this.template = template;
		this.words = words;
		this.filters = filters;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@GetMapping
	String page(ProjectFilters.Request request, @RequestParam(required = false) String language, Model model,
			Locale locale) {
		model.addAttribute("request", request);
		model.addAttribute("queryString", request.queryString());
		model.addAttribute("editableCount", editableCount(request));
		model.addAttribute("maxRows", BulkFile.MAX_ROWS);
		model.addAttribute("templateLanguage", sheetLanguage(language, locale).getLanguage());
		filters.addChoices(model, request);
		return "project/bulk";
	}

	/** How many projects the template for these filters will hold. */
	private long editableCount(ProjectFilters.Request request) {
		ProjectFilter.Condition condition = filters.resolve(request).condition(Authorizations.current());
		List<Long> editable = template.editablePrograms();
		if (editable.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from project p where " + condition.sql() + " and p.program_id in (:editable)")
			.params(condition.parameters())
			.param("editable", editable)
			.query(Long.class)
			.single();
	}

	/**
	 * The template, pre-filled. Its language is {@code language} (ar or fr), not {@code lang}, which
	 * would also switch the interface and the person's preferred language.
	 */
	@GetMapping("/template.xlsx")
	void template(ProjectFilters.Request request, @RequestParam(required = false) String language, Locale locale,
			HttpServletResponse response) throws IOException {
		Locale sheetLanguage = sheetLanguage(language, locale);
		LocalDate today = BulkUpdates.today();
		BulkTemplate.Result result = template.write(filters.resolve(request), Authorizations.current(), sheetLanguage,
				today);
		Spreadsheets.download(response, "projects-bulk-update",
				messages.getMessage("bulk.template.file", null, sheetLanguage), today);
		Spreadsheets.send(result.workbook(), response);
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Authentication who, Model model, Locale locale)
			throws IOException {
		String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		// Some browsers send the whole client-side path: keep the name only.
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty()) {
			name = "projects.xlsx";
		}
		BulkUpdates.Checked checked;
		if (file.isEmpty()) {
			checked = new BulkUpdates.Checked(null, List.of(SheetProblem.at("", 0, null, null, "bulk.error.file.empty")));
		}
		else {
			Path copy = Files.createTempFile("tanmia-bulk-", ".xlsx");
			try {
				file.transferTo(copy);
				checked = bulk.upload(copy, name, who.getName());
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
		if (checked.accepted()) {
			return "redirect:/projects/bulk/" + checked.token();
		}
		ProjectFilters.Request none = new ProjectFilters.Request(null, null, null, null, null, null, null, null, null,
				null, null, null, null);
		model.addAttribute("fileName", name);
		model.addAttribute("problems", checked.problems());
		return page(none, null, model, locale);
	}

	@GetMapping("/{token}")
	String upload(@PathVariable UUID token, @RequestParam(defaultValue = "0") int page, Authentication who, Model model,
			Locale locale) {
		BulkUpdates.Upload upload = bulk.find(token, who.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("upload", upload);
		if (upload.state() == BulkUpdates.State.READY || upload.state() == BulkUpdates.State.DONE) {
			BulkPlan plan = bulk.plan(token);
			int pages = Math.max(1, (plan.items().size() + PREVIEW_PAGE - 1) / PREVIEW_PAGE);
			int shown = Math.min(Math.max(page, 0), pages - 1);
			List<BulkPlan.Item> items = plan.items()
				.subList(shown * PREVIEW_PAGE, Math.min(plan.items().size(), (shown + 1) * PREVIEW_PAGE));
			model.addAttribute("plan", plan);
			model.addAttribute("changeCount", plan.changeCount());
			model.addAttribute("items", items.stream().map(i -> view(i, locale)).toList());
			model.addAttribute("page", shown);
			model.addAttribute("pages", pages);
		}
		return "project/bulk-upload";
	}

	@PostMapping("/{token}/commit")
	String commit(@PathVariable UUID token, Authentication who) {
		bulk.find(token, who.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// A context of its own for the worker: the request's is cleared when the request ends.
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(who);
		bulk.commit(token, who.getName(), context);
		return "redirect:/projects/bulk/" + token;
	}

	@PostMapping("/{token}/discard")
	String discard(@PathVariable UUID token, Authentication who) {
		bulk.discard(token, who.getName());
		return "redirect:/projects/bulk";
	}

	/** The progress bar while the commit runs; once it has ended, htmx reloads the page to show how. */
	@GetMapping("/{token}/progress")
	String progress(@PathVariable UUID token, Authentication who, Model model, HttpServletResponse response) {
		BulkUpdates.Upload upload = bulk.find(token, who.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (upload.state() != BulkUpdates.State.RUNNING) {
			response.setHeader("HX-Redirect", ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/projects/bulk/{token}").buildAndExpand(token).toUriString());
		}
		model.addAttribute("upload", upload);
		return "project/bulk-upload :: progress";
	}

	private static Locale sheetLanguage(String language, Locale locale) {
		return Languages.supported(language == null || language.isBlank() ? locale : Locale.forLanguageTag(language));
	}

	/** An item with its changes as the reader reads them. */
	record ItemView(int row, String code, String title, List<ChangeView> changes) {
	}

	record ChangeView(String field, String before, String after) {
	}

	private ItemView view(BulkPlan.Item item, Locale locale) {
		Locale language = Languages.supported(locale);
		Map<BulkColumn, ChangeView> changes = new LinkedHashMap<>();
		for (BulkPlan.Change c : item.changes()) {
			changes.put(c.column(), new ChangeView(words.header(c.column(), language), value(c.column(), c.before(), language),
					value(c.column(), c.after(), language)));
		}
		return new ItemView(item.row(), item.code(), item.title(language), List.copyOf(changes.values()));
	}

	private String value(BulkColumn column, String value, Locale language) {
		if (value == null) {
			return "";
		}
		return switch (column) {
			case STATUS -> words.status(ProjectStatus.valueOf(value), language);
			case PROGRESS -> formats.number(new BigDecimal(value)) + " %";
			case REPORT_DATE, PLANNED_END -> formats.date(LocalDate.parse(value));
			case LAND_SECURED, STUDIES_DONE -> words.yesNo(Boolean.parseBoolean(value), language);
			default -> value;
		};
	}
}
