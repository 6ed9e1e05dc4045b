package ma.tanmia.ess;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What the ESS pages answer when a cooperative, application or call does not exist: the error page, 404. */
@ControllerAdvice(basePackageClasses = EssErrors.class)
class EssErrors {

	@ExceptionHandler(CooperativeNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
