package ma.tanmia.ess;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.territory.Territories;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry pages: the filtered list, a cooperative's page (products, labels, alerts, applications), its forms, the import. */
@Controller
@RequestMapping("/ess/cooperatives")
class CooperativeController {

	static final int PAGE_SIZE = 50;

	private final CooperativeQueries queries;
	private final CooperativeRegistry registry;
	private final CooperativeProducts products;
	private final CooperativeImport importer;
	private final ApplicationQueries applications;
	private final Trainings trainings;
	private final Territories territories;
	private final EssAccess access;
	private final Explanations explanations;

	CooperativeController(CooperativeQueries queries, CooperativeRegistry registry, CooperativeProducts products,
			CooperativeImport importer, ApplicationQueries applications, Trainings trainings, Territories territories,
			EssAccess access, Explanations explanations) {
		this.queries = queries;
		this.registry = registry;
		this.products = products;
		this.importer = importer;
		this.applications = applications;
		this.trainings = trainings;
		this.territories = territories;
		this.access = access;
		this.explanations = explanations;
	}

	@GetMapping
	String list(@RequestParam(required = false) String territory, @RequestParam(required = false) ValueChain valueChain,
			@RequestParam(required = false) LabelKind label, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		access.checkReader();
		var rows = queries.registry(new CooperativeQueries.Filter(territory, valueChain, label, q), page, PAGE_SIZE);
		model.addAttribute("cooperatives", rows);
		model.addAttribute("territory", territory);
		model.addAttribute("valueChain", valueChain);
		model.addAttribute("label", label);
		model.addAttribute("q", q);
		model.addAttribute("territoryNames", names(rows.getContent().stream().map(CooperativeRow::territoryCode).toList()));
		model.addAttribute("mayRegister", Arrays.stream(EssAccess.OFFICERS).anyMatch(r -> Authorizations.current().has(r)));
		choices(model);
		return "ess/cooperatives";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		access.checkAnyOfficer();
		model.addAttribute("form", new CooperativeForm());
		choices(model);
		return "ess/cooperative-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") CooperativeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				long id = registry.register(form.details(), false);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/ess/cooperatives/" + id;
			}
			catch (EssRuleBroken broken) {
				model.addAttribute("problem", explanations.of(broken));
			}
		}
		choices(model);
		return "ess/cooperative-form";
	}

	@GetMapping("/{id}")
	String cooperative(@PathVariable long id, @RequestParam(defaultValue = "" + CooperativeProducts.DEFAULT_ALERT_DAYS) int days,
			Model model) {
		CooperativeRow row = queries.find(id).orElseThrow(() -> new CooperativeNotFound(id));
		access.checkSees(id, pathOf(row));
		int alertDays = Math.max(1, Math.min(days, 3650));
		model.addAttribute("coop", row);
		model.addAttribute("territoryName", territories.find(row.territoryCode()).map(t -> t.name()).orElse(null));
		model.addAttribute("products", products.of(id));
		model.addAttribute("expiring", products.expiring(null, id, alertDays, 50));
		model.addAttribute("days", alertDays);
		model.addAttribute("applications", applications.page(null, id, 0, 50).getContent());
		model.addAttribute("trainings", trainings.list(id, 50));
		model.addAttribute("mayEdit", access.mayEdit(id, pathOf(row)));
		model.addAttribute("isOfficer", access.isOfficerFor(pathOf(row)));
		model.addAttribute("today", CooperativeRegistry.today());
		model.addAttribute("labelKinds", LabelKind.values());
		return "ess/cooperative";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		CooperativeRow row = queries.find(id).orElseThrow(() -> new CooperativeNotFound(id));
		access.checkEdits(id, pathOf(row));
		model.addAttribute("form", CooperativeForm.of(row));
		model.addAttribute("coopId", id);
		choices(model);
		return "ess/cooperative-form";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable long id, @ModelAttribute("form") CooperativeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		CooperativeRow row = queries.find(id).orElseThrow(() -> new CooperativeNotFound(id));
		access.checkEdits(id, pathOf(row));
		if (!binding.hasErrors()) {
			try {
				registry.edit(id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/ess/cooperatives/" + id;
			}
			catch (CooperativeRegistry.EditConflict | org.springframework.dao.OptimisticLockingFailureException conflict) {
				model.addAttribute("conflict", true);
				form.setVersion(queries.find(id).orElseThrow().version());
			}
			catch (EssRuleBroken broken) {
				model.addAttribute("problem", explanations.of(broken));
			}
		}
		model.addAttribute("coopId", id);
		choices(model);
		return "ess/cooperative-form";
	}

	@PostMapping("/{id}/products")
	String addProduct(@PathVariable long id, @RequestParam String nameAr, @RequestParam String nameFr,
			RedirectAttributes redirect) {
		try {
			products.addProduct(id, nameAr, nameFr);
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/cooperatives/" + id + "#products";
	}

	@PostMapping("/{id}/products/{product}/labels")
	String addLabel(@PathVariable long id, @PathVariable long product, @RequestParam LabelKind kind,
			@RequestParam String name, @RequestParam String certificationBody, @RequestParam String certificateNumber,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			RedirectAttributes redirect) {
		try {
			products.addLabel(product, new QualityLabel(kind, name, certificationBody, certificateNumber, validFrom, validUntil));
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/cooperatives/" + id + "#products";
	}

	@PostMapping("/{id}/labels/{label}")
	String correctLabel(@PathVariable long id, @PathVariable long label, @RequestParam long version,
			@RequestParam LabelKind kind, @RequestParam String name, @RequestParam String certificationBody,
			@RequestParam String certificateNumber,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			RedirectAttributes redirect) {
		try {
			products.correctLabel(label, version,
					new QualityLabel(kind, name, certificationBody, certificateNumber, validFrom, validUntil));
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/cooperatives/" + id + "#products";
	}

	@PostMapping("/{id}/labels/{label}/withdraw")
	String withdrawLabel(@PathVariable long id, @PathVariable long label, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			products.withdrawLabel(label, version);
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/cooperatives/" + id + "#products";
	}

	@PostMapping("/{id}/managers")
	String linkManager(@PathVariable long id, @RequestParam String username, RedirectAttributes redirect) {
		CooperativeRow row = queries.find(id).orElseThrow(() -> new CooperativeNotFound(id));
		try {
			registry.linkManager(username.strip(), row.registrationNumber());
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/cooperatives/" + id;
	}

	@GetMapping("/import")
	String importForm() {
		access.checkAnyOfficer();
		return "ess/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws java.io.IOException {
		access.checkAnyOfficer();
		try {
			CooperativeImport.Result result = importer.importFile(file.getOriginalFilename(), file.getInputStream());
			model.addAttribute("result", result);
		}
		catch (CooperativeImportRejected rejected) {
			model.addAttribute("problems", rejected.problems());
		}
		return "ess/import";
	}

	private static String pathOf(CooperativeRow row) {
		return row.territoryPath();
	}

	private java.util.Map<String, ma.tanmia.shared.LocalizedName> names(List<String> codes) {
		return territories.findAll(codes.stream().distinct().toList()).stream()
			.collect(Collectors.toMap(t -> t.code(), t -> t.name()));
	}

	static void choices(Model model) {
		model.addAttribute("valueChains", ValueChain.values());
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("statuses", CooperativeStatus.values());
		model.addAttribute("labelKinds", LabelKind.values());
	}
}
