package ma.tanmia.organization;

import ma.tanmia.territory.Territories;
import org.springframework.stereotype.Controller;
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

	@GetMapping("/fragment")
	String seatedIn(@RequestParam String territory, Model model) {
		model.addAttribute("organizations", organizations.seatedIn(territory));
		return "organization/list :: seated";
	}
}
