package ma.tanmia.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import ma.tanmia.program.Programs;
import ma.tanmia.project.ProjectEditing;

/**
 * The programs-and-projects dataset of Inezgane-Aït Melloul: the six communal action programs, the
 * prefecture's program and the regional program's local slice for 2016–2021, executed with the
 * story {@link ExecutionStory} tells; then the same collectivities' 2022–2027 programs in
 * preparation. Deterministic: one random generator with a fixed seed, drawn in a fixed order.
 */
final class MandateLoader {

	/** The day of the prefecture's meeting in the press report. */
	static final long SEED = 20211130L;

	record Loaded(int programs, int previousProjects, int nextProjects) {
	}

	private final Programs programs;
	private final ProjectEditing editing;
	private final String by;

	MandateLoader(Programs programs, ProjectEditing editing, String by) {
		this.programs = programs;
		this.editing = editing;
		this.by = by;
	}

	/** Every program of the dataset, to check beforehand that none of them exists yet. */
	static List<ProgramSpec> programSpecs() {
		List<ProgramSpec> specs = new ArrayList<>();
		CommunePlans.ALL.forEach(c -> specs.add(c.program("2016-2021")));
		specs.add(SupraCommunalPlans.PDP_2016);
		specs.add(SupraCommunalPlans.PDR_2016);
		CommunePlans.ALL.forEach(c -> specs.add(c.program(NextMandate.MANDATE)));
		specs.add(NextMandate.PDP_2022);
		specs.add(NextMandate.PDR_2022);
		return specs;
	}

	Loaded load() {
		Random random = new Random(SEED);
		MandateWriter writer = new MandateWriter(programs, editing, by);

		Map<String, List<ProjectSpec>> previous = new LinkedHashMap<>();
		for (int i = 0; i < CommunePlans.ALL.size(); i++) {
			CommunePlans.Commune commune = CommunePlans.ALL.get(i);
			ProgramSpec pac = commune.program("2016-2021");
			// Inezgane and Aït Melloul updated their programs in the third year, as the law allows.
			writer.open(pac, PhasePlans.communal2016(i, commune.french(), i < 2));
			previous.put(commune.number(), CommunePlans.projects2016(commune, pac, random));
		}
		writer.open(SupraCommunalPlans.PDP_2016, PhasePlans.prefectural2016());
		previous.put("PDP", SupraCommunalPlans.prefectural());
		writer.open(SupraCommunalPlans.PDR_2016, PhasePlans.regional2016());
		previous.put("PDR", SupraCommunalPlans.regional());

		List<ProjectSpec> all = previous.values().stream().flatMap(List::stream).toList();
		Map<String, Fate> fates = new ExecutionStory(random).decide(all);
		ProjectHistoryWriter history = new ProjectHistoryWriter(editing, by, random);
		for (ProjectSpec spec : all) {
			writer.register(spec, fates.get(spec.code()));
			history.write(spec, fates.get(spec.code()));
		}

		NextMandate next = new NextMandate(random);
		writer.open(NextMandate.PDR_2022, PhasePlans.regional2022());
		writer.open(NextMandate.PDP_2022, PhasePlans.prefectural2022());
		List<NextMandate.NextProject> nextProjects = new ArrayList<>();
		for (int i = 0; i < CommunePlans.ALL.size(); i++) {
			CommunePlans.Commune commune = CommunePlans.ALL.get(i);
			ProgramSpec pac = commune.program(NextMandate.MANDATE);
			writer.open(pac, PhasePlans.communal2022(i, commune.french()));
			nextProjects.addAll(next.communal(commune, pac, previous.get(commune.number()), fates));
		}
		nextProjects.addAll(next.prefectural(previous.get("PDP"), fates));
		nextProjects.addAll(next.regional(previous.get("PDR"), fates));
		for (NextMandate.NextProject project : nextProjects) {
			ProjectSpec spec = project.spec();
			writer.register(spec, project.landSecured(), project.previousCode() != null || random.nextDouble() < 0.5);
			if (project.previousCode() != null) {
				writer.carryOver(spec.code(), project.previousCode());
			}
			if (project.regionalNode() != null) {
				writer.contributeTo(spec.code(), NextMandate.PDR_2022.code(), project.regionalNode());
			}
		}
		return new Loaded(programSpecs().size(), all.size(), nextProjects.size());
	}

	static Stream<String> organizationsNeeded() {
		return Stream.concat(programSpecs().stream().map(ProgramSpec::owner),
				Stream.of("CPDH-INE", "ORMVA-SM")).distinct();
	}
}
