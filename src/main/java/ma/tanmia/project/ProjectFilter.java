package ma.tanmia.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.ScopeFilter;

/**
 * The filters of the project list, also used by the evaluation's drill-down and exports: territory
 * subtree, mandate, programs, axis or sub-program, sector, status, blocking-cause family and cause, funding source,
 * year, competence, and words searched whatever their spelling. Always within what the person may see.
 */
record ProjectFilter(String territoryPath, String mandate, List<Long> programIds, List<Long> nodeIds, String sector,
		ProjectStatus status, String causeFamily, String cause, String fundingSource, Integer year, Competence competence,
		Boolean unexecuted, String query) {

	static ProjectFilter none() {
		return within(null, null);
	}

	/** The projects of a mandate (all when null) located in a territory's subtree (anywhere when null). */
	static ProjectFilter within(String territoryPath, String mandate) {
		return new ProjectFilter(territoryPath, mandate, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The SQL condition over {@code project p} and its named parameters. */
	Condition condition(Authorizations who) {
		ScopeFilter scope = ScopeFilter.overlapping(who.scopes(), "p.territory_path");
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>(scope.parameters());
		where.add(scope.sql());
		if (territoryPath != null) {
			ScopeFilter within = ScopeFilter.within(territoryPath, "p.territory_path", "territory");
			where.add(within.sql());
			params.putAll(within.parameters());
		}
		// The mandate is the project's own column, not the list of the mandate's programs the reader may
		// see: the same rows (a project lies in its program's territory, so a project the reader sees
		// belongs to a program the reader sees), on one index range instead of some 1,600 bound ids.
		if (mandate != null) {
			where.add("p.mandate_code = :mandate");
			params.put("mandate", mandate);
		}
		// Programs and nodes come resolved by the program module's API (an axis with its sub-programs):
		// this module does not read that module's tables.
		if (programIds != null) {
			where.add(programIds.isEmpty() ? "false" : "p.program_id in (:programIds)");
			params.put("programIds", programIds);
		}
		if (nodeIds != null) {
			where.add(nodeIds.isEmpty() ? "false" : "p.node_id in (:nodeIds)");
			params.put("nodeIds", nodeIds);
		}
		if (sector != null) {
			where.add("p.sector_code = :sector");
			params.put("sector", sector);
		}
		if (status != null) {
			where.add("p.status = :status");
			params.put("status", status.name());
		}
		if (Boolean.TRUE.equals(unexecuted)) {
			where.add("p.status <> 'COMPLETED'");
		}
		if (competence != null) {
			where.add("p.competence = :competence");
			params.put("competence", competence.name());
		}
		if (causeFamily != null) {
			where.add("exists (select 1 from project_blocking b join blocking_cause c on c.code = b.cause_code "
					+ "where b.project_id = p.id and c.family_code = :causeFamily)");
			params.put("causeFamily", causeFamily);
		}
		if (cause != null) {
			where.add("exists (select 1 from project_blocking b where b.project_id = p.id and b.cause_code = :cause)");
			params.put("cause", cause);
		}
		if (fundingSource != null) {
			where.add("exists (select 1 from project_funding f where f.project_id = p.id and f.source_code = :source)");
			params.put("source", fundingSource);
		}
		if (year != null) {
			where.add("(exists (select 1 from project_funding f where f.project_id = p.id and f.year = :year)"
					+ " or extract(year from p.planned_start) = :year)");
			params.put("year", year);
		}
		List<String> words = ArabicText.words(query);
		for (int i = 0; i < words.size(); i++) {
			where.add("p.search_text like :word" + i);
			params.put("word" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
		}
		return new Condition(String.join(" and ", where), params);
	}

	record Condition(String sql, Map<String, Object> parameters) {
	}
}
