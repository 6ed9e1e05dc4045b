package ma.tanmia.project;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import ma.tanmia.platform.Languages;
import ma.tanmia.shared.Authorizations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The project list, with the list's own filters, as an Excel workbook. */
@Controller
class ProjectExportController {

	static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

	private final ProjectExport export;
	private final ProjectFilters filters;
	private final MessageSource messages;

	ProjectExportController(ProjectExport export, ProjectFilters filters, MessageSource messages) {
		this.export = export;
		this.filters = filters;
		this.messages = messages;
	}

	@GetMapping("/projects/export.xlsx")
	void export(ProjectFilters.Request request, @RequestParam(defaultValue = "PLACE") ProjectQueries.Order order,
			Locale locale, HttpServletResponse response) throws IOException {
		Locale language = Languages.supported(locale);
		ProjectExport.Result result = export.write(filters.resolve(request), Authorizations.current(), order, language);
		Spreadsheets.download(response, "projects", messages.getMessage("xlsx.projects.file", null, language),
				LocalDate.now(MOROCCO));
		Spreadsheets.send(result.workbook(), response);
	}
}
