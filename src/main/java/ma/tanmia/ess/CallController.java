package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calls for projects and their rules: the list, and the form an administrator opens one with. */
@Controller
@RequestMapping("/ess/calls")
class CallController {

	private final ApplicationQueries queries;
	private final Financing financing;
	private final Explanations explanations;

	CallController(ApplicationQueries queries, Financing financing, Explanations explanations) {
		this.queries = queries;
		this.financing = financing;
		this.explanations = explanations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("calls", queries.calls());
		model.addAttribute("programs", FinancingProgram.values());
		model.addAttribute("valueChains", ValueChain.values());
		return "ess/calls";
	}

	@PostMapping
	String open(@RequestParam String code, @RequestParam FinancingProgram program, @RequestParam String titleAr,
			@RequestParam String titleFr, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			@RequestParam BigDecimal maxSharePct, @RequestParam BigDecimal maxAmount, @RequestParam BigDecimal maxInKindPct,
			@RequestParam(required = false) List<ValueChain> valueChains,
			@RequestParam(required = false, defaultValue = "") String territories, RedirectAttributes redirect) {
		Set<String> codes = new LinkedHashSet<>();
		Arrays.stream(territories.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
			.map(s -> s.toUpperCase(java.util.Locale.ROOT)).forEach(codes::add);
		try {
			financing.openCall(new CallSpec(code, program, titleAr, titleFr, opensOn, closesOn, maxSharePct, maxAmount,
					maxInKindPct, valueChains == null ? Set.of() : Set.copyOf(valueChains), codes), false);
			redirect.addFlashAttribute("saved", true);
		}
		catch (EssRuleBroken broken) {
			redirect.addFlashAttribute("problem", explanations.of(broken));
		}
		return "redirect:/ess/calls";
	}
}
