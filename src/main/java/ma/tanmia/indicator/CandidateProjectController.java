package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import ma.tanmia.project.Competence;
import ma.tanmia.project.ProjectDescription;
import ma.tanmia.project.ProjectEditing;
import ma.tanmia.project.ProjectRuleBroken;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * From a commune's deficit, a candidate project in a program being prepared (status PREPARATION)
 * that the person may edit and whose collectivity covers the commune: registered through the
 * project module's {@link ProjectEditing} like any project (scope-checked, audited), in the
 * programmed state, with a description that quotes the deficit it answers. It then appears in that
 * program's projects.
 */
@Controller
@RequestMapping("/indicators/{code}/candidate")
class CandidateProjectController {

	private final IndicatorCatalogue catalogue;
	private final DiagnosisQueries queries;
	private final Programs programs;
	private final ProjectEditing projects;
	private final MessageSource messages;

	CandidateProjectController(IndicatorCatalogue catalogue, DiagnosisQueries queries, Programs programs,
			ProjectEditing projects, MessageSource messages) {
		this.catalogue = catalogue;
		this.queries = queries;
		this.programs = programs;
		this.projects = projects;
		this.messages = messages;
	}

	record Gap(Indicator indicator, Territory commune, int year, DiagnosisQueries.UnitFigure figure) {
	}

	@GetMapping
	String form(@PathVariable String code, @RequestParam String territory, @RequestParam int year, Model model, Locale locale) {
		Gap gap = gap(code, territory, year);
		List<Program> open = programsFor(gap.commune());
		model.addAttribute("gap", gap);
		model.addAttribute("programs", open);
		model.addAttribute("titleAr", title(gap, Locale.forLanguageTag("ar")));
		model.addAttribute("titleFr", title(gap, Locale.forLanguageTag("fr")));
		model.addAttribute("sector", gap.indicator().domain().sectorCode);
		model.addAttribute("competences", Competence.values());
		return "indicator/candidate";
	}

	@PostMapping
	String create(@PathVariable String code, @RequestParam String territory, @RequestParam int year,
			@RequestParam long program, @RequestParam String titleAr, @RequestParam String titleFr,
			@RequestParam(required = false) BigDecimal cost, @RequestParam Competence competence, Model model, Locale locale) {
		Gap gap = gap(code, territory, year);
		Program chosen = programsFor(gap.commune()).stream().filter(p -> p.id() == program).findFirst()
			.orElseThrow(() -> new AccessDeniedException("Program not open to this person for this commune"));
		ProjectDescription description = new ProjectDescription(titleAr.trim(), titleFr.trim(),
				reason(gap, Locale.forLanguageTag("ar")), reason(gap, Locale.forLanguageTag("fr")), null,
				gap.indicator().domain().sectorCode, competence, gap.commune().code(), null, gap.commune().latitude(),
				gap.commune().longitude(), chosen.ownerOrganizationCode(), null, cost == null ? BigDecimal.ZERO : cost, false,
				false, null, null);
		String base = ("DIAG-" + gap.commune().code() + "-" + gap.indicator().code()).substring(0,
				Math.min(58, 6 + gap.commune().code().length() + gap.indicator().code().length()));
		for (int attempt = 1; attempt <= 9; attempt++) {
			String projectCode = base + "-" + year % 100 + (attempt == 1 ? "" : "-" + attempt);
			try {
				projects.register(projectCode, chosen.id(), description, List.of(), false);
				return "redirect:/projects/" + projectCode;
			}
			catch (ProjectRuleBroken broken) {
				if (!"project.code.taken".equals(broken.messageKey)) {
					model.addAttribute("refused", broken.messageKey);
					return form(code, territory, year, model, locale);
				}
			}
		}
		model.addAttribute("refused", "project.code.taken");
		return form(code, territory, year, model, locale);
	}

	/** The programs being prepared that cover the commune and that the person may add projects to. */
	private List<Program> programsFor(Territory commune) {
		return programs.visible(null, null).stream()
			.filter(p -> "PREPARATION".equals(p.status()) && programs.mayEdit(p) && commune.path().startsWith(p.territoryPath()))
			.toList();
	}

	private Gap gap(String code, String territory, int year) {
		Indicator indicator = catalogue.find(code).orElseThrow(() -> new DiagnosisRefused("indicator.error.unknown", code));
		Territory commune = queries.readable(territory);
		if (commune.level() != TerritoryLevel.COMMUNE) {
			throw new DiagnosisRefused("indicator.candidate.notCommune");
		}
		Territory parent = queries.readable(commune.parentCode());
		DiagnosisQueries.UnitFigure figure = queries.figures(indicator, parent, year, TerritoryLevel.COMMUNE).stream()
			.filter(f -> f.code().equals(commune.code())).findFirst().orElseThrow();
		// Only a validated value's deficit leads to a project: a submitted or rejected one does not count yet.
		if (!figure.counts() || figure.deficit() == null || figure.deficit().reached()) {
			throw new DiagnosisRefused("indicator.candidate.noDeficit");
		}
		return new Gap(indicator, commune, year, figure);
	}

	private String title(Gap gap, Locale language) {
		return messages.getMessage("indicator.candidate.defaultTitle",
				new Object[] { gap.indicator().name().in(language), gap.commune().name().in(language) }, language);
	}

	/** A figure as the description's language writes it: 15,1 in French, not 15.1000. */
	private static String figure(double value, Locale language) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(ma.tanmia.platform.Languages.forFormatting(language));
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	private String reason(Gap gap, Locale language) {
		DiagnosisQueries.UnitFigure f = gap.figure();
		String deficit = figure(f.deficit().gap(), language)
				+ (f.deficit().percentOfGoal() == null ? "" : " (" + figure(f.deficit().percentOfGoal(), language) + " %)");
		String figures = messages.getMessage("indicator.candidate.figures", new Object[] {
				figure(f.value().doubleValue(), language) + " " + gap.indicator().unit(), figure(f.goal(), language),
				messages.getMessage("indicator.goal." + f.goalKind(), null, language), deficit }, language);
		return messages.getMessage("indicator.candidate.reason", new Object[] { gap.indicator().name().in(language),
				gap.commune().name().in(language), String.valueOf(gap.year()), figures }, language);
	}

	@ExceptionHandler(DiagnosisRefused.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
