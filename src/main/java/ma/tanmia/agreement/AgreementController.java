package ma.tanmia.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import ma.tanmia.shared.LocalizedName;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agreement pages: the list with late payments flagged, opening one, and its page with every change. */
@Controller
@RequestMapping("/agreements")
class AgreementController {

	private final Agreements agreements;

	AgreementController(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", agreements.visible(page, 50, LocalDate.now()));
		return "agreement/list";
	}

	@GetMapping("/new")
	String newForm() {
		return "agreement/new";
	}

	@PostMapping
	String open(@RequestParam String code, @RequestParam String territoryCode, @RequestParam String objectAr,
			@RequestParam String objectFr,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			RedirectAttributes redirect) {
		try {
			long id = agreements.open(code, territoryCode.strip(), new LocalizedName(objectAr, objectFr, null), signedOn,
					false);
			return "redirect:/agreements/" + id;
		}
		catch (AgreementRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
			return "redirect:/agreements/new";
		}
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, Model model) {
		Agreement.Detail detail = agreements.detail(id, LocalDate.now()).orElseThrow(() -> new AgreementRefused("agreement.unknown"));
		model.addAttribute("d", detail);
		model.addAttribute("a", detail.agreement());
		model.addAttribute("mayEdit", Agreements.mayEdit(detail.agreement()));
		model.addAttribute("statuses", Agreement.STATUSES);
		return "agreement/page";
	}

	@PostMapping("/{id}/parties")
	String party(@PathVariable long id, @RequestParam long version, @RequestParam String orgCode, RedirectAttributes r) {
		return act(id, r, () -> agreements.addParty(id, version, orgCode));
	}

	@PostMapping("/{id}/projects")
	String project(@PathVariable long id, @RequestParam long version, @RequestParam String projectCode, RedirectAttributes r) {
		return act(id, r, () -> agreements.linkProject(id, version, projectCode));
	}

	@PostMapping("/{id}/commitments")
	String commitment(@PathVariable long id, @RequestParam long version, @RequestParam String orgCode,
			@RequestParam int year, @RequestParam BigDecimal amount, RedirectAttributes r) {
		return act(id, r, () -> agreements.commit(id, version, orgCode, year, amount));
	}

	@PostMapping("/{id}/payments")
	String payment(@PathVariable long id, @RequestParam long version, @RequestParam String orgCode,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn, @RequestParam BigDecimal amount,
			@RequestParam(required = false) String reference, RedirectAttributes r) {
		return act(id, r, () -> agreements.pay(id, version, orgCode, paidOn, amount, reference));
	}

	@PostMapping("/{id}/amendments")
	String amendment(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String orgCode,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) BigDecimal amount,
			RedirectAttributes r) {
		return act(id, r, () -> agreements.amend(id, version, signedOn, summary, orgCode, year, amount));
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable long id, @RequestParam long version, @RequestParam String status, RedirectAttributes r) {
		return act(id, r, () -> agreements.setStatus(id, version, status));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (AgreementRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
		}
		return "redirect:/agreements/" + id;
	}

	@ExceptionHandler(AgreementRefused.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown() {
		return "error";
	}

	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badInput() {
		return "error";
	}
}
