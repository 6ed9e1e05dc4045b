package ma.tanmia.ess;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Financing applications: the list, the submission form (rules explained), an application's page and its workflow steps. */
@Controller
@RequestMapping("/ess/applications")
class ApplicationController {

	static final int PAGE_SIZE = 50;
	static final int EMPTY_LINES = 5;

	private final ApplicationQueries queries;
	private final CooperativeQueries cooperatives;
	private final Financing financing;
	private final FinancingCallRepository calls;
	private final ApplicationDocuments documents;
	private final EssAccess access;
	private final Explanations explanations;

	ApplicationController(ApplicationQueries queries, CooperativeQueries cooperatives, Financing financing,
			FinancingCallRepository calls, ApplicationDocuments documents, EssAccess access, Explanations explanations) {
		this.queries = queries;
		this.cooperatives = cooperatives;
		this.financing = financing;
		this.calls = calls;
		this.documents = documents;
		this.access = access;
		this.explanations = explanations;
	}

	@GetMapping
	String list(@RequestParam(required = false) ApplicationStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		access.checkReader();
		model.addAttribute("applications", queries.page(status, null, page, PAGE_SIZE));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ApplicationStatus.values());
		return "ess/applications";
	}

	@GetMapping("/new")
	String newForm(@RequestParam long cooperative, Model model) {
		CooperativeRow coop = editable(cooperative);
		ApplicationForm form = new ApplicationForm();
		form.withEmptyLines(EMPTY_LINES);
		model.addAttribute("form", form);
		return formView(coop, model);
	}

	@PostMapping
	String submit(@RequestParam long cooperative, @ModelAttribute("form") ApplicationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		CooperativeRow coop = editable(cooperative);
		if (!binding.hasErrors()) {
			try {
				String reference = financing.submit(form.getCallCode(), cooperative, form.request(),
						CooperativeRegistry.today(), false);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/ess/applications/" + reference;
			}
			catch (ApplicationRefused refused) {
				model.addAttribute("failures", explanations.of(refused.failures()));
			}
			catch (EssRuleBroken broken) {
				model.addAttribute("failures", java.util.List.of(explanations.of(broken)));
			}
		}
		else {
			model.addAttribute("failures", java.util.List.of(explanations.of(new EssRuleBroken("ess.application.numbers"))));
		}
		form.withEmptyLines(1);
		return formView(coop, model);
	}

	@GetMapping("/{reference}")
	String application(@PathVariable String reference, Model model) {
		FinancingApplication application = financing.visible(reference);
		CooperativeRow coop = cooperatives.find(application.cooperativeId()).orElseThrow();
		String path = application.territoryPath();
		Authorizations who = Authorizations.current();
		model.addAttribute("a", ApplicationView.of(application, calls.findById(application.callId()).orElseThrow()));
		model.addAttribute("coop", coop);
		model.addAttribute("documents", documents.of(application.id()));
		model.addAttribute("isOfficer", access.isOfficerFor(path));
		model.addAttribute("isCommittee", who.canActOn(path, Role.COMMITTEE_MEMBER));
		model.addAttribute("mayAttach", access.mayEdit(application.cooperativeId(), path)
				|| who.canActOn(path, Role.COMMITTEE_MEMBER));
		model.addAttribute("average", application.averageScore().isPresent() ? application.averageScore().getAsDouble() : null);
		model.addAttribute("today", CooperativeRegistry.today());
		return "ess/application";
	}

	/** One workflow step; which fields matter depends on the step. */
	@PostMapping("/{reference}/steps/{step}")
	String step(@PathVariable String reference, @PathVariable String step, @RequestParam(required = false) Long version,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) Integer score, @RequestParam(required = false) String number,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "eligible" -> financing.confirmEligibility(reference, version, on, note);
				case "ineligible" -> financing.declareIneligible(reference, version, on, note);
				case "score" -> financing.score(reference, version, score == null ? -1 : score, on, note);
				case "approve" -> financing.approve(reference, version, amount, on, note);
				case "reject" -> financing.reject(reference, version, on, note);
				case "agreement" -> financing.signAgreement(reference, version, number, on);
				case "tranche" -> financing.payTranche(reference, version, amount, on);
				case "visit" -> financing.recordVisit(reference, version, on, note);
				case "close" -> financing.close(reference, version, on, note);
				default -> throw new CooperativeNotFound(step);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (Financing.EditConflict | org.springframework.dao.OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("problem", explanations.of(new EssRuleBroken("ess.application.conflict")));
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/applications/" + reference;
	}

	@PostMapping("/{reference}/documents")
	String attach(@PathVariable String reference, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws java.io.IOException {
		try {
			documents.attach(reference, file);
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/applications/" + reference + "#documents";
	}

	@GetMapping("/{reference}/documents/{id}")
	ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable long id) {
		return documents.content(reference, id)
			.map(c -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(c.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(c.fileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(c.bytes()))
			.orElseThrow(() -> new CooperativeNotFound(reference + " document " + id));
	}

	private CooperativeRow editable(long cooperativeId) {
		CooperativeRow coop = cooperatives.find(cooperativeId).orElseThrow(() -> new CooperativeNotFound(cooperativeId));
		access.checkEdits(cooperativeId, coop.territoryPath());
		return coop;
	}

	private String formView(CooperativeRow coop, Model model) {
		model.addAttribute("coop", coop);
		model.addAttribute("calls", queries.calls());
		return "ess/application-form";
	}
}
