package ma.tanmia.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A project's values as the audit trail and the conflict screen show them. */
final class ProjectSnapshot {

	private ProjectSnapshot() {
	}

	static Map<String, Object> of(Project p) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("code", p.code());
		values.put("title_ar", p.titleAr());
		values.put("title_fr", p.titleFr());
		values.put("node_id", p.nodeId());
		values.put("sector", p.sectorCode());
		values.put("competence", p.competence() == null ? null : p.competence().name());
		values.put("territory", p.territoryCode());
		values.put("owner", p.ownerOrgCode());
		values.put("executing", p.executingOrgCode());
		values.put("cost", p.cost());
		values.put("land_secured", p.landSecured());
		values.put("studies_done", p.studiesDone());
		values.put("planned_start", p.plannedStart());
		values.put("planned_end", p.plannedEnd());
		values.put("actual_start", p.actualStart());
		values.put("actual_end", p.actualEnd());
		values.put("status", p.status().name());
		values.put("physical_progress", p.physicalProgress());
		values.put("committed", p.committed());
		values.put("paid", p.paid());
		Map<String, Object> funding = new TreeMap<>();
		p.funding().forEach(f -> funding.put(f.sourceCode() + " " + f.year(), f.amount()));
		values.put("funding", funding);
		values.put("served", new java.util.TreeSet<>(p.servedTerritories()));
		values.put("partners", new java.util.TreeSet<>(p.partners()));
		values.put("version", p.version());
		return values;
	}
}
