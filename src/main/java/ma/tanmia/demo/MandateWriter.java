package ma.tanmia.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramNode;
import ma.tanmia.program.Programs;
import ma.tanmia.program.Programs.PhaseRecord;
import ma.tanmia.project.ProjectDescription;
import ma.tanmia.project.ProjectEditing;
import ma.tanmia.project.ProjectStatus;

/**
 * Creates the demonstration programs and projects through the program and project modules' public
 * APIs, like any client: scope checks, validation and the audit trail apply. Remembers the ids the
 * APIs hand back so projects can name their program and node by code.
 */
final class MandateWriter {

	private final Programs programs;
	private final ProjectEditing editing;
	private final String by;
	private final Map<String, Long> programIds = new HashMap<>();
	private final Map<String, Long> nodeIds = new HashMap<>();

	MandateWriter(Programs programs, ProjectEditing editing, String by) {
		this.programs = programs;
		this.editing = editing;
		this.by = by;
	}

	void open(ProgramSpec spec, List<PhaseRecord> phases) {
		Program program = programs.open(spec.code(), spec.kind(), spec.mandate(), spec.territory(), spec.owner(),
				spec.title(), true);
		programIds.put(spec.code(), program.id());
		for (ProgramSpec.Node axis : spec.nodes()) {
			ProgramNode created = programs.addNode(program.id(), null, axis.code(), axis.title());
			nodeIds.put(spec.code() + "/" + axis.code(), created.id());
			for (ProgramSpec.Node sub : axis.subPrograms()) {
				nodeIds.put(spec.code() + "/" + sub.code(),
						programs.addNode(program.id(), created.id(), sub.code(), sub.title()).id());
			}
		}
		phases.forEach(phase -> programs.recordPhase(program.id(), phase, by));
	}

	/** Registers a project; land and studies maturity follow what held it back, if anything did. */
	void register(ProjectSpec spec, boolean landSecured, boolean studiesDone) {
		ProjectDescription description = new ProjectDescription(spec.title().ar(), spec.title().fr(),
				new StoryTexts(false).demonstrationNote(), new StoryTexts(true).demonstrationNote(),
				node(spec.program().code(), spec.nodeCode()),
				spec.sector(), spec.competence(), spec.territory(), null, null, null, spec.program().owner(),
				spec.executing(), spec.cost(), landSecured, studiesDone, spec.plannedStart(), spec.plannedEnd());
		editing.register(spec.code(), programIds.get(spec.program().code()), description, spec.fundingPlan(), true);
	}

	/** A 2016–2021 project, described as its fate left it. */
	void register(ProjectSpec spec, Fate fate) {
		boolean landSecured = fate.causes().stream().noneMatch(c -> c.startsWith("LAND"));
		boolean studiesDone = fate.isCompleted() || fate.started()
				|| fate.status() != ProjectStatus.PROGRAMMED && fate.status() != ProjectStatus.STUDIES
						&& fate.status() != ProjectStatus.CANCELLED;
		register(spec, landSecured, studiesDone && !fate.hasCause("STUDIES_TO_REVISE"));
	}

	Long node(String programCode, String nodeCode) {
		Long id = nodeIds.get(programCode + "/" + nodeCode);
		if (id == null) {
			throw new IllegalArgumentException("No node " + nodeCode + " in " + programCode);
		}
		return id;
	}

	void carryOver(String code, String previousCode) {
		editing.carryOver(code, previousCode);
	}

	void contributeTo(String code, String programCode, String nodeCode) {
		editing.contributeTo(code, node(programCode, nodeCode));
	}
}
