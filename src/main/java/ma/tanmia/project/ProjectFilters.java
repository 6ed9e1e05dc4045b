package ma.tanmia.project;

import java.util.ArrayList;
import java.util.List;

import ma.tanmia.program.ProgramNode;
import ma.tanmia.program.Programs;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns the filters a person picks in the list (codes and ids in the URL) into a {@link ProjectFilter},
 * resolving territories and programs through their modules' APIs. The same URL parameters serve the
 * list, the evaluation's drill-down links and the exports.
 */
@Component
class ProjectFilters {

	/** Beyond this many programs, the program filter lists the regions' and provinces' only. */
	static final int PROGRAM_CHOICES = 200;

	/** The list's URL parameters. */
	record Request(String territory, String mandate, Long program, Long node, String sector, ProjectStatus status,
			String causeFamily, String cause, String source, Integer year, Competence competence, Boolean unexecuted,
			String q) {

		/** These filters as a query string, for pagination and export links. */
		String queryString() {
			UriComponentsBuilder b = UriComponentsBuilder.newInstance();
			add(b, "territory", territory);
			add(b, "mandate", mandate);
			add(b, "program", program);
			add(b, "node", node);
			add(b, "sector", sector);
			add(b, "status", status);
			add(b, "causeFamily", causeFamily);
			add(b, "cause", cause);
			add(b, "source", source);
			add(b, "year", year);
			add(b, "competence", competence);
			add(b, "unexecuted", unexecuted);
			add(b, "q", q);
			String query = b.build().encode().getQuery();
			return query == null ? "" : query;
		}

		private static void add(UriComponentsBuilder b, String name, Object value) {
			if (value != null && !(value instanceof String s && s.isBlank())) {
				b.queryParam(name, value);
			}
		}
	}

	private final Territories territories;
	private final Programs programs;
	private final ProjectQueries queries;

	ProjectFilters(Territories territories, Programs programs, ProjectQueries queries) {
		this.territories = territories;
		this.programs = programs;
		this.queries = queries;
	}

	ProjectFilter resolve(Request r) {
		String path = blank(r.territory()) ? null : territories.pathOf(r.territory().trim()).orElse("/nowhere/");
		// A chosen program wins over the mandate (the program's own mandate may differ from the one shown).
		List<Long> programIds = r.program() == null ? null : List.of(r.program());
		String mandate = r.program() == null && !blank(r.mandate()) ? r.mandate().trim() : null;
		List<Long> nodeIds = null;
		if (r.node() != null && r.program() != null) {
			nodeIds = new ArrayList<>();
			for (ProgramNode n : programs.nodes(r.program())) {
				if (n.id() == r.node() || (n.parentId() != null && n.parentId().equals(r.node()))) {
					nodeIds.add(n.id());
				}
			}
		}
		return new ProjectFilter(path, mandate, programIds, nodeIds, blankToNull(r.sector()), r.status(), blankToNull(r.causeFamily()),
				blankToNull(r.cause()), blankToNull(r.source()), r.year(), r.competence(), r.unexecuted(), blankToNull(r.q()));
	}

	void addChoices(Model model, Request r) {
		model.addAttribute("mandates", programs.mandates());
		Territory selected = blank(r.territory()) ? null : territories.find(r.territory().trim()).orElse(null);
		// A national or regional reader would get thousands of communes' programs in one list: the
		// communes' PACs appear once a territory narrows it (the chosen one stays).
		Programs.Choices choices = programs.choices(blank(r.mandate()) ? null : r.mandate(),
				selected == null ? null : selected.path(), PROGRAM_CHOICES, r.program());
		if (choices.narrowed()) {
			model.addAttribute("programChoicesNarrowed", true);
		}
		model.addAttribute("programChoices", choices.programs());
		model.addAttribute("nodeChoices", r.program() == null ? List.of() : programs.nodes(r.program()));
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("competences", Competence.values());
		model.addAttribute("selectedTerritory", selected);
		addReferenceData(model);
	}

	void addReferenceData(Model model) {
		model.addAttribute("sectors", queries.sectors());
		model.addAttribute("sources", queries.fundingSources());
		model.addAttribute("causeFamilies", queries.causeFamilies());
		model.addAttribute("causes", queries.causes());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String blankToNull(String s) {
		return blank(s) ? null : s.trim();
	}
}
