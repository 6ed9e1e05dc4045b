package ma.tanmia.platform;

import ma.tanmia.shared.Authorizations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: who you are, where you may act, where to go. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("authorizations", Authorizations.current());
		return "index";
	}
}
