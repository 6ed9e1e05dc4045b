package ma.tanmia.consultation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramNode;
import ma.tanmia.program.Programs;
import ma.tanmia.project.ProjectProgress;
import ma.tanmia.project.ProjectQueries;
import org.springframework.stereotype.Component;

/**
 * The priorities that carry contributions: in Tanmia a program's priorities are its axes and
 * sub-programs (program → axis → sub-program → project). An answer picks one of a program whose
 * territory contains the contribution's (a commune's proposal may be taken up by its PAC, its
 * province's PDP or its region's PDR). Everything is read through the program and project modules'
 * APIs; this module keeps the two ids.
 */
@Component
class Priorities {

	/** How many projects under a priority a page lists (the rest is on the program's page). */
	static final int PROJECTS_SHOWN = 20;

	/** A priority as pages name it: the axis or sub-program, its axis when it is a sub-program, and its program. */
	record Priority(ProgramNode node, ProgramNode axis, Program program) {
	}

	/** A priority and the projects carried under it (under its sub-programs too, for an axis). */
	record Chain(Priority priority, List<ProjectProgress> projects, boolean more) {
	}

	/** The priorities of one program an answerer may choose from. */
	record Choice(Program program, List<ProgramNode> nodes) {
	}

	private final Programs programs;
	private final ProjectQueries projects;

	Priorities(Programs programs, ProjectQueries projects) {
		this.programs = programs;
		this.projects = projects;
	}

	/** The axes and sub-programs of the programs covering the unit at {@code path}; two queries. */
	List<Choice> choicesFor(String path) {
		List<Program> covering = programs.covering(path);
		Map<Long, List<ProgramNode>> nodes = programs.nodesOf(covering.stream().map(Program::id).toList());
		return covering.stream()
			.filter(p -> nodes.containsKey(p.id()))
			.map(p -> new Choice(p, ordered(nodes.get(p.id()))))
			.toList();
	}

	/**
	 * The program of node {@code nodeId}, refused unless it exists and its territory contains the unit
	 * at {@code path} (a commune's proposal is not carried by a neighbouring commune's PAC).
	 */
	Program check(long nodeId, String path) {
		Program program = programs.nodeOwner(nodeId).orElseThrow(() -> new ConsultationRefused("consultation.priority.unknown"));
		if (!path.startsWith(program.territoryPath())) {
			throw new ConsultationRefused("consultation.priority.elsewhere");
		}
		return program;
	}

	/** The priorities named by these (program, node) pairs, by node id; two queries whatever their number. */
	Map<Long, Priority> named(Collection<Long> programIds, Collection<Long> nodeIds) {
		if (nodeIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Program> owners = programs.byIds(programIds.stream().distinct().toList());
		Map<Long, ProgramNode> byId = new LinkedHashMap<>();
		programs.nodesOf(owners.keySet()).values().forEach(list -> list.forEach(n -> byId.put(n.id(), n)));
		Map<Long, Priority> named = new LinkedHashMap<>();
		for (Long id : nodeIds) {
			ProgramNode node = byId.get(id);
			if (node != null && owners.containsKey(node.programId())) {
				named.put(id, new Priority(node, node.isAxis() ? node : byId.get(node.parentId()), owners.get(node.programId())));
			}
		}
		return named;
	}

	/** The chain proposal → priority → projects and their progress; four queries. */
	Optional<Chain> chain(Long programId, Long nodeId) {
		if (programId == null || nodeId == null) {
			return Optional.empty();
		}
		Optional<Program> program = programs.find(programId);
		if (program.isEmpty()) {
			return Optional.empty();
		}
		List<ProgramNode> nodes = programs.nodes(programId);
		ProgramNode node = nodes.stream().filter(n -> n.id() == nodeId).findFirst().orElse(null);
		if (node == null) {
			return Optional.empty();
		}
		ProgramNode axis = node.isAxis() ? node
				: nodes.stream().filter(n -> n.id() == node.parentId()).findFirst().orElse(node);
		List<Long> under = new ArrayList<>(List.of(nodeId));
		if (node.isAxis()) {
			nodes.stream().filter(n -> nodeId.equals(n.parentId())).forEach(n -> under.add(n.id()));
		}
		List<ProjectProgress> carried = projects.progressUnder(programId, under, PROJECTS_SHOWN + 1);
		return Optional.of(new Chain(new Priority(node, axis, program.get()),
				carried.subList(0, Math.min(carried.size(), PROJECTS_SHOWN)), carried.size() > PROJECTS_SHOWN));
	}

	/** The node a project is carried under and, when that is a sub-program, its axis: what citizens asked for it. */
	List<Long> nodesBehind(String projectCode) {
		Optional<Long> nodeId = projects.nodeOf(projectCode);
		if (nodeId.isEmpty()) {
			return List.of();
		}
		Optional<Program> program = programs.nodeOwner(nodeId.get());
		List<Long> behind = new ArrayList<>(List.of(nodeId.get()));
		program.ifPresent(p -> programs.nodes(p.id()).stream()
			.filter(n -> n.id() == nodeId.get() && n.parentId() != null)
			.forEach(n -> behind.add(n.parentId())));
		return behind;
	}

	/** Axes in order, each followed by its sub-programs. */
	private static List<ProgramNode> ordered(List<ProgramNode> nodes) {
		List<ProgramNode> ordered = new ArrayList<>();
		nodes.stream().filter(ProgramNode::isAxis).forEach(axis -> {
			ordered.add(axis);
			nodes.stream().filter(n -> Long.valueOf(axis.id()).equals(n.parentId())).forEach(ordered::add);
		});
		return ordered;
	}
}
