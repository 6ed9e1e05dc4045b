package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramNode;
import ma.tanmia.program.Programs;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.territory.Territories;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Project pages: the filtered list, a project's page and its forms. */
@Controller
@RequestMapping("/projects")
class ProjectController {

	static final int PAGE_SIZE = 50;
	static final int EMPTY_FUNDING_ROWS = 3;

	private final ProjectQueries queries;
	private final ProjectHistory history;
	private final ProjectEditing editing;
	private final ProjectRepository projects;
	private final Programs programs;
	private final Territories territories;
	private final Organizations organizations;
	private final ProjectFilters filters;
	private final ProjectDocuments documents;

	ProjectController(ProjectQueries queries, ProjectHistory history, ProjectEditing editing, ProjectRepository projects,
			Programs programs, Territories territories, Organizations organizations, ProjectFilters filters,
			ProjectDocuments documents) {
		this.documents = documents;
		this.queries = queries;
		this.history = history;
		this.editing = editing;
		this.projects = projects;
		this.programs = programs;
		this.territories = territories;
		this.organizations = organizations;
		this.filters = filters;
	}

	@GetMapping
	String list(ProjectFilters.Request request, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "PLACE") ProjectQueries.Order order, Model model, Locale locale) {
		var rows = queries.page(filters.resolve(request), Authorizations.current(), page, PAGE_SIZE, order);
		model.addAttribute("request", request);
		model.addAttribute("projects", rows);
		model.addAttribute("order", order);
		model.addAttribute("queryString", request.queryString());
		model.addAttribute("territoryNames", territories.findAll(rows.getContent().stream().map(ProjectRow::territoryCode)
			.distinct().toList()).stream().collect(Collectors.toMap(t -> t.code(), t -> t.name())));
		filters.addChoices(model, request);
		return "project/list";
	}

	/** Counts, cost and progress by axis of one program, embedded in the program page. */
	@GetMapping("/summary")
	String summary(@RequestParam long program, Model model) {
		Program p = programs.find(program).orElseThrow(() -> new ProjectNotFound("program " + program));
		List<ProgramNode> nodes = programs.nodes(program);
		Map<Long, ProjectHistory.NodeSummary> byNode = history.byNode(program, Authorizations.current().scopes())
			.stream().collect(Collectors.toMap(s -> s.nodeId() == null ? -1L : s.nodeId(), Function.identity()));
		model.addAttribute("program", p);
		model.addAttribute("nodes", nodes);
		model.addAttribute("byNode", byNode);
		return "project/summary :: summary";
	}

	@GetMapping("/new")
	String newForm(@RequestParam long program, Model model) {
		Program p = editing.editableProgram(program);
		ProjectForm form = new ProjectForm();
		form.setProgramId(p.id());
		form.setTerritoryCode(p.territoryCode());
		form.setOwnerOrgCode(p.ownerOrganizationCode());
		form.withEmptyFundingRows(EMPTY_FUNDING_ROWS);
		model.addAttribute("form", form);
		return formView(p, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Program program = editing.editableProgram(form.getProgramId());
		checkFunding(form, errors);
		if (!errors.hasErrors()) {
			try {
				editing.checkLinks(program, form.servedTerritoryCodes(), form.partnerCodes());
				Project created = editing.create(form.getCode(), program.id(), form.description(), form.fundingLines(),
						false);
				if (!form.servedTerritoryCodes().isEmpty() || !form.partnerCodes().isEmpty()) {
					editing.serveAndPartner(created.code(), form.servedTerritoryCodes(), form.partnerCodes());
				}
				redirect.addFlashAttribute("saved", true);
				return "redirect:/projects/" + created.code();
			}
			catch (ProjectRuleBroken broken) {
				reject(errors, broken);
			}
		}
		form.withEmptyFundingRows(1);
		return formView(program, null, model);
	}

	@GetMapping("/{code}")
	String project(@PathVariable String code, Model model) {
		Project project = visible(code);
		Program program = programs.find(project.programId()).orElseThrow();
		List<ProgramNode> nodes = programs.nodes(program.id());
		model.addAttribute("project", ProjectView.of(project));
		model.addAttribute("program", program);
		model.addAttribute("node", nodes.stream().filter(n -> n.id() == (project.nodeId() == null ? -1 : project.nodeId()))
			.findFirst().orElse(null));
		Set<String> territoryCodes = new HashSet<>(project.servedTerritories());
		territoryCodes.add(project.territoryCode());
		model.addAttribute("territoryNames", territories.findAll(List.copyOf(territoryCodes)).stream()
			.collect(Collectors.toMap(t -> t.code(), t -> t.name())));
		Set<String> orgCodes = new HashSet<>(project.partners());
		if (project.ownerOrgCode() != null) {
			orgCodes.add(project.ownerOrgCode());
		}
		if (project.executingOrgCode() != null) {
			orgCodes.add(project.executingOrgCode());
		}
		model.addAttribute("organizations", organizations.byCodes(orgCodes));
		model.addAttribute("funding", FundingTable.of(project.funding()));
		model.addAttribute("finance", history.finance(project.id()));
		model.addAttribute("progress", history.progress(project.id()));
		model.addAttribute("blockings", history.blockings(project.id()));
		model.addAttribute("carriedInto", history.carriedInto(project.id()));
		model.addAttribute("actions", history.actions(project.id()));
		model.addAttribute("nextPrograms", programs.visible(null, null).stream()
			.filter(p -> p.territoryCode().equals(program.territoryCode()) && p.mandateCode().compareTo(program.mandateCode()) > 0)
			.toList());
		List<Program> higher = programs.visible(program.mandateCode(), null).stream()
			.filter(p -> p.id() != program.id() && project.territoryPath().startsWith(p.territoryPath())
					&& p.territoryPath().length() < program.territoryPath().length())
			.toList();
		Map<Long, List<ProgramNode>> higherNodes = programs.nodesOf(higher.stream().map(Program::id).toList());
		model.addAttribute("higherPrograms", higher);
		model.addAttribute("higherNodes", higherNodes);
		model.addAttribute("contributesTo", project.contributesToNode() == null ? null
				: higherNodes.values().stream().flatMap(List::stream).filter(n -> n.id() == project.contributesToNode())
					.findFirst().orElse(null));
		model.addAttribute("documents", documents.of(project.id()));
		model.addAttribute("carriedFrom", project.carriedFrom() == null ? null : history.code(project.carriedFrom()));
		model.addAttribute("mayEdit", editing.mayEdit(program));
		model.addAttribute("mayUpdate", editing.mayUpdate(project, program));
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("today", LocalDate.now());
		filters.addReferenceData(model);
		return "project/page";
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		Project project = editing.editable(code);
		ProjectForm form = ProjectForm.of(project);
		form.withEmptyFundingRows(EMPTY_FUNDING_ROWS);
		model.addAttribute("form", form);
		return formView(programs.find(project.programId()).orElseThrow(), project, model);
	}

	@PostMapping("/{code}")
	String edit(@PathVariable String code, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Project project = editing.editable(code);
		Program program = programs.find(project.programId()).orElseThrow();
		checkFunding(form, errors);
		if (!errors.hasErrors()) {
			try {
				editing.checkLinks(program, form.servedTerritoryCodes(), form.partnerCodes());
				editing.describe(code, form.getVersion() == null ? -1 : form.getVersion(), form.description(),
						form.fundingLines());
				editing.serveAndPartner(code, form.servedTerritoryCodes(), form.partnerCodes());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/projects/" + code;
			}
			catch (ProjectEditing.EditConflict conflict) {
				model.addAttribute("conflict", conflict.current);
				form.setVersion(((Number) conflict.current.get("version")).longValue());
			}
			catch (ProjectRuleBroken broken) {
				reject(errors, broken);
			}
		}
		form.withEmptyFundingRows(1);
		return formView(program, project, model);
	}

	@PostMapping("/{code}/progress")
	String reportProgress(@PathVariable String code, @RequestParam long version, @RequestParam ProjectStatus status,
			@RequestParam BigDecimal physicalProgress,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
			@RequestParam(required = false) String comment,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile photo, Authentication who,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			editing.reportProgress(code, version, status, physicalProgress, recordedOn, comment, who.getName());
			if (photo != null && !photo.isEmpty()) {
				documents.attach(code, documents.lastProgress(code), photo, who.getName());
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProjectEditing.EditConflict conflict) {
			redirect.addFlashAttribute("error", "project.conflict.progress");
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
		}
		return "redirect:/projects/" + code + "#progress";
	}

	@PostMapping("/{code}/finance")
	String recordFinance(@PathVariable String code, @RequestParam String sourceCode, @RequestParam String kind,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam BigDecimal amount, @RequestParam(required = false) String reference, Authentication who,
			RedirectAttributes redirect) {
		try {
			editing.recordFinance(code, sourceCode, "PAYMENT".equals(kind), occurredOn, amount,
					reference == null || reference.isBlank() ? null : reference.trim(), who.getName());
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
		}
		return "redirect:/projects/" + code + "#finance";
	}

	@PostMapping("/{code}/blockings")
	String recordBlocking(@PathVariable String code, @RequestParam String causeCode,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
			@RequestParam(required = false) String description, @RequestParam(required = false) String resolution,
			RedirectAttributes redirect) {
		try {
			editing.recordBlocking(code, causeCode, startedOn, endedOn, blankToNull(description), blankToNull(resolution));
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
		}
		return "redirect:/projects/" + code + "#blockings";
	}

	@PostMapping("/{code}/documents")
	String attach(@PathVariable String code, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			Authentication who, RedirectAttributes redirect) throws java.io.IOException {
		try {
			documents.attach(code, null, file, who.getName());
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
		}
		return "redirect:/projects/" + code + "#documents";
	}

	@GetMapping("/{code}/documents/{id}")
	org.springframework.http.ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id) {
		return documents.content(code, id)
			.map(c -> org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType(c.contentType()))
				.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
						org.springframework.http.ContentDisposition.inline().filename(c.fileName(), java.nio.charset.StandardCharsets.UTF_8)
							.build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(c.bytes()))
			.orElseThrow(() -> new ProjectNotFound(code + " document " + id));
	}

	@PostMapping("/{code}/carry-over")
	String carryOver(@PathVariable String code, @RequestParam long program, RedirectAttributes redirect) {
		try {
			String carried = editing.carryInto(code, program);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + carried;
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
			return "redirect:/projects/" + code;
		}
	}

	@PostMapping("/{code}/contributes-to")
	String contributeTo(@PathVariable String code, @RequestParam long node, RedirectAttributes redirect) {
		try {
			editing.contributeTo(code, node);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
		}
		return "redirect:/projects/" + code;
	}

	@PostMapping("/{code}/actions")
	String addAction(@PathVariable String code, @RequestParam String titleAr, @RequestParam String titleFr,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
			RedirectAttributes redirect) {
		try {
			editing.addAction(code, titleAr, titleFr, plannedEnd);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
		}
		return "redirect:/projects/" + code + "#actions";
	}

	@PostMapping("/{code}/actions/{id}/done")
	String completeAction(@PathVariable String code, @PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn, RedirectAttributes redirect) {
		try {
			editing.completeAction(code, id, doneOn);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProjectRuleBroken broken) {
			redirect.addFlashAttribute("error", broken.messageKey);
		}
		return "redirect:/projects/" + code + "#actions";
	}

	private Project visible(String code) {
		Project project = projects.findByCode(code).orElseThrow(() -> new ProjectNotFound(code));
		if (!Authorizations.current().sees(project.territoryPath())) {
			throw new AccessDeniedException("Project outside the reader's scopes");
		}
		return project;
	}

	private String formView(Program program, Project project, Model model) {
		model.addAttribute("program", program);
		model.addAttribute("project", project == null ? null : ProjectView.of(project));
		model.addAttribute("nodes", programs.nodes(program.id()));
		model.addAttribute("competences", Competence.values());
		filters.addReferenceData(model);
		return "project/form";
	}

	private static void checkFunding(ProjectForm form, BindingResult errors) {
		for (int i = 0; i < form.getFunding().size(); i++) {
			ProjectForm.FundingRow row = form.getFunding().get(i);
			if (row.isBlank()) {
				continue;
			}
			if (row.getSourceCode() == null) {
				errors.rejectValue("funding[" + i + "].sourceCode", "NotNull");
			}
			if (row.getYear() == null || row.getYear() < 2000 || row.getYear() > 2100) {
				errors.rejectValue("funding[" + i + "].year", "project.funding.year");
			}
			if (row.getAmount() == null) {
				errors.rejectValue("funding[" + i + "].amount", "NotNull");
			}
		}
	}

	private static void reject(BindingResult errors, ProjectRuleBroken broken) {
		switch (broken.messageKey) {
			case "project.code.taken" -> errors.rejectValue("code", broken.messageKey);
			case "project.territory.unknown", "project.territory.outside" -> errors.rejectValue("territoryCode",
					broken.messageKey);
			case "project.served.outside" -> errors.rejectValue("servedTerritories", broken.messageKey);
			case "project.dates.order" -> errors.rejectValue("plannedEnd", broken.messageKey);
			case "project.partner.unknown" -> errors.rejectValue("partners", broken.messageKey);
			case "project.cost.negative" -> errors.rejectValue("cost", broken.messageKey);
			default -> errors.reject(broken.messageKey);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@ExceptionHandler(ProjectNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
