package ma.tanmia.consultation;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The consultation menu: where meetings, proposals, petitions, bodies and one's notices are. */
@Controller
class ConsultationHomeController {

	@GetMapping("/consultation")
	String home() {
		return "consultation/home";
	}
}
