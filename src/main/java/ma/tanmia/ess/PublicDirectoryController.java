package ma.tanmia.ess;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public directory: the cooperatives that opted in, their products and labels valid today. No account needed. */
@Controller
class PublicDirectoryController {

	private final CooperativeQueries queries;
	private final CooperativeProducts products;

	PublicDirectoryController(CooperativeQueries queries, CooperativeProducts products) {
		this.queries = queries;
		this.products = products;
	}

	@GetMapping("/public/cooperatives")
	String directory(@RequestParam(required = false) ValueChain valueChain, @RequestParam(required = false) LabelKind label,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cooperatives",
				queries.directory(new CooperativeQueries.Filter(null, valueChain, label, q), page, 30));
		model.addAttribute("valueChain", valueChain);
		model.addAttribute("label", label);
		model.addAttribute("q", q);
		CooperativeController.choices(model);
		return "ess/directory";
	}

	@GetMapping("/public/cooperatives/{id}")
	String listed(@PathVariable long id, Model model) {
		model.addAttribute("coop", queries.findInDirectory(id).orElseThrow(() -> new CooperativeNotFound(id)));
		model.addAttribute("products", products.of(id));
		model.addAttribute("today", LocalDate.now(CooperativeRegistry.MOROCCO));
		return "ess/directory-entry";
	}
}
