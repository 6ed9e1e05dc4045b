package ma.tanmia.consultation;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown meetings, proposals and petitions get the 404 page, not a stack trace. */
@ControllerAdvice(basePackageClasses = ConsultationAdvice.class)
class ConsultationAdvice {

	@ExceptionHandler(ConsultationNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
