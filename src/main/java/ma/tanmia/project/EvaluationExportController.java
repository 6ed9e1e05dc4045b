package ma.tanmia.project;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import ma.tanmia.platform.Languages;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.ScopedRole;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evaluation of a mandate in a territory as an Excel workbook. Without parameters: the latest
 * mandate, in the person's own territory.
 */
@Controller
class EvaluationExportController {

	private final MandateEvaluation evaluation;
	private final EvaluationExport export;
	private final MessageSource messages;

	EvaluationExportController(MandateEvaluation evaluation, EvaluationExport export, MessageSource messages) {
		this.evaluation = evaluation;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping("/evaluation/export.xlsx")
	void export(@RequestParam(required = false) String mandate, @RequestParam(required = false) String territory,
			Locale locale, HttpServletResponse response) throws IOException {
		String mandateCode = mandate == null || mandate.isBlank()
				? evaluation.mandates().stream().findFirst().orElse("") : mandate.trim();
		String territoryCode = territory == null || territory.isBlank()
				? Authorizations.current().roles().stream().map(ScopedRole::territoryCode).findFirst().orElse("")
				: territory.trim();
		EvaluationReport report = evaluation.evaluate(mandateCode, territoryCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Locale language = Languages.supported(locale);
		LocalDate today = LocalDate.now(ProjectExportController.MOROCCO);
		var workbook = export.write(report, language, today);
		String suffix = "-" + report.mandate() + "-" + report.territoryCode();
		Spreadsheets.download(response, "evaluation" + suffix,
				messages.getMessage("xlsx.evaluation.file", null, language) + suffix, today);
		Spreadsheets.send(workbook, response);
	}
}
