package ma.tanmia.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import ma.tanmia.project.Competence;
import ma.tanmia.project.ProjectStatus;

/**
 * Decides how each 2016–2021 project ended, so that the evaluation tells the story the governor's
 * question calls for: most of what was not executed was held back by financing (partners' shares
 * not paid, budgets not mobilized, cost overruns), then by governance and coordination with the
 * State sectors, then land, procurement, studies and contractors — with a different mix in each
 * commune (Aït Melloul stuck with the sectors, Temsia on collective land).
 *
 * <p>Causes are apportioned by unexecuted amount, not by count, because that is what the
 * evaluation weighs: within each commune, unfinished projects are taken from the largest amount
 * down and each goes to the family furthest below its target share.
 */
final class ExecutionStory {

	enum Family {
		FINANCING, GOVERNANCE, LAND, STUDIES, PROCUREMENT, CONTRACTOR, TECHNICAL, NONE
	}

	/** Target shares (percent of the unexecuted amount) by place of the projects. */
	static final Map<String, Map<Family, Integer>> PROFILES = Map.of(
			"MA-INE-01", profile("FINANCING:64,GOVERNANCE:14,PROCUREMENT:8,CONTRACTOR:7,STUDIES:4,NONE:3"),
			"MA-INE-02", profile("GOVERNANCE:46,FINANCING:36,LAND:6,PROCUREMENT:5,CONTRACTOR:4,NONE:3"),
			"MA-INE-03", profile("FINANCING:60,GOVERNANCE:17,CONTRACTOR:10,STUDIES:6,TECHNICAL:4,NONE:3"),
			"MA-INE-04", profile("FINANCING:54,GOVERNANCE:16,PROCUREMENT:14,CONTRACTOR:9,LAND:4,NONE:3"),
			"MA-INE-05", profile("LAND:46,FINANCING:34,GOVERNANCE:10,STUDIES:7,NONE:3"),
			"MA-INE-06", profile("FINANCING:62,LAND:12,GOVERNANCE:12,STUDIES:10,NONE:4"),
			"MA-INE", profile("FINANCING:56,GOVERNANCE:28,LAND:6,STUDIES:5,NONE:5"));

	/** Sectors of buildings someone must run once built: who owns and manages them may stay undecided. */
	private static final Set<String> EQUIPMENT = Set.of("ECONOMY", "SOCIAL", "SPORT_YOUTH", "CULTURE", "URBAN", "HEALTH",
			"EDUCATION");

	/** Of the projects not completed, the share on which works had begun. */
	static final double STARTED = 0.55;

	private final Random random;

	ExecutionStory(Random random) {
		this.random = random;
	}

	/** The fate of every project, by code. */
	Map<String, Fate> decide(List<ProjectSpec> projects) {
		Map<String, Fate> fates = new LinkedHashMap<>();
		List<Unfinished> unfinished = new ArrayList<>();
		Map<ProgramSpec, List<ProjectSpec>> byProgram = projects.stream()
			.collect(Collectors.groupingBy(ProjectSpec::program, LinkedHashMap::new, Collectors.toList()));
		byProgram.forEach((program, programProjects) -> {
			Set<String> completed = chooseCompleted(program, programProjects);
			for (ProjectSpec project : programProjects) {
				if (completed.contains(project.code())) {
					fates.put(project.code(), Fate.completed());
				}
				else {
					boolean started = random.nextDouble() < STARTED;
					int progress = started ? 5 * (2 + random.nextInt(16)) : 0;
					unfinished.add(new Unfinished(project, progress));
				}
			}
		});
		Map<String, List<Unfinished>> byPlace = unfinished.stream()
			.collect(Collectors.groupingBy(u -> u.project().territory(), LinkedHashMap::new, Collectors.toList()));
		byPlace.forEach((place, group) -> apportion(PROFILES.get(place), group));
		for (Unfinished u : unfinished) {
			fates.put(u.project().code(), fate(u));
		}
		return projects.stream().collect(Collectors.toMap(ProjectSpec::code, p -> fates.get(p.code()), (a, b) -> a,
				LinkedHashMap::new));
	}

	/**
	 * The program's completed projects: those pinned, then a weighted draw in which small projects
	 * (sports grounds, lighting) are likelier to have been finished than large ones (sanitation,
	 * flood protection).
	 */
	private Set<String> chooseCompleted(ProgramSpec program, List<ProjectSpec> projects) {
		int wanted = (int) Math.round(projects.size() * program.completionRate());
		Set<String> completed = new LinkedHashSet<>();
		projects.stream().filter(ProjectSpec::pinnedCompleted).forEach(p -> completed.add(p.code()));
		Map<String, Double> keys = new HashMap<>();
		for (ProjectSpec project : projects) {
			double millions = project.cost().doubleValue() / 1_000_000;
			double weight = millions < 5 ? 1.0 : millions < 20 ? 0.7 : 0.45;
			keys.put(project.code(), Math.pow(random.nextDouble(), 1 / weight));
		}
		projects.stream()
			.filter(p -> !completed.contains(p.code()))
			.sorted(Comparator.comparing((ProjectSpec p) -> keys.get(p.code())).reversed())
			.limit(Math.max(0, wanted - completed.size()))
			.forEach(p -> completed.add(p.code()));
		return completed;
	}

	private static final class Unfinished {

		final ProjectSpec project;
		final int progress;
		final List<Family> families = new ArrayList<>();

		Unfinished(ProjectSpec project, int progress) {
			this.project = project;
			this.progress = progress;
		}

		ProjectSpec project() {
			return project;
		}

		BigDecimal amount() {
			return project.cost().multiply(BigDecimal.valueOf(100 - progress)).divide(BigDecimal.valueOf(100));
		}

		boolean started() {
			return progress > 0;
		}
	}

	/** Gives each unfinished project one cause family (a quarter of them two) to approach the targets. */
	private void apportion(Map<Family, Integer> targets, List<Unfinished> group) {
		double total = group.stream().mapToDouble(u -> u.amount().doubleValue()).sum();
		Map<Family, Double> allotted = new EnumMap<>(Family.class);
		group.sort(Comparator.comparing(Unfinished::amount).reversed());
		for (Unfinished u : group) {
			Map<Family, Double> gaps = new EnumMap<>(Family.class);
			targets.keySet().stream().filter(f -> eligible(f, u))
				.forEach(f -> gaps.put(f, deficit(f, u, targets, allotted, total)));
			List<Family> ranked = gaps.keySet().stream()
				.sorted(Comparator.comparing((Family f) -> gaps.get(f)).reversed())
				.toList();
			u.families.add(ranked.get(0));
			boolean second = ranked.size() > 1 && ranked.get(0) != Family.NONE && ranked.get(1) != Family.NONE
					&& gaps.get(ranked.get(1)) > 0 && random.nextDouble() < 0.25;
			if (second) {
				u.families.add(ranked.get(1));
			}
			double part = u.amount().doubleValue() / u.families.size();
			u.families.forEach(f -> allotted.merge(f, part, Double::sum));
		}
	}

	/** How far a family is below its target, a little jittered; governance sticks to shared competences. */
	private double deficit(Family family, Unfinished u, Map<Family, Integer> targets, Map<Family, Double> allotted,
			double total) {
		double gap = targets.get(family) / 100.0 * total - allotted.getOrDefault(family, 0.0);
		double affinity = family == Family.GOVERNANCE ? (u.project.competence() == Competence.SHARED ? 1.25 : 0.8) : 1;
		double jitter = 0.85 + 0.3 * random.nextDouble();
		return gap > 0 ? gap * affinity * jitter : gap;
	}

	/** A contractor or a technical problem needs works under way, a land problem a plot, studies something to build. */
	private static boolean eligible(Family family, Unfinished u) {
		return switch (family) {
			case CONTRACTOR, TECHNICAL -> u.started();
			case LAND -> u.project.needsLand();
			case STUDIES -> !u.project.acquisition();
			default -> true;
		};
	}

	private Fate fate(Unfinished u) {
		Family main = u.families.get(0);
		ProjectStatus status = status(main, u.started());
		List<String> causes = new ArrayList<>();
		String defaulting = null;
		for (Family family : u.families) {
			String cause = cause(family, u, status);
			if (cause != null) {
				causes.add(cause);
			}
			if ("PARTNER_CONTRIBUTION_UNPAID".equals(cause)) {
				List<String> partners = u.project.partnerSources();
				defaulting = partners.get(random.nextInt(partners.size()));
			}
		}
		return new Fate(status, u.progress, List.copyOf(causes), defaulting);
	}

	private ProjectStatus status(Family family, boolean started) {
		double r = random.nextDouble();
		if (!started) {
			return switch (family) {
				case GOVERNANCE -> r < 0.75 ? ProjectStatus.PROGRAMMED : ProjectStatus.CANCELLED;
				case LAND -> r < 0.5 ? ProjectStatus.PROGRAMMED : r < 0.8 ? ProjectStatus.CANCELLED : ProjectStatus.ABANDONED;
				case STUDIES -> ProjectStatus.STUDIES;
				case PROCUREMENT -> ProjectStatus.TENDERING;
				case FINANCING -> r < 0.9 ? ProjectStatus.PROGRAMMED : ProjectStatus.CANCELLED;
				default -> ProjectStatus.PROGRAMMED;
			};
		}
		return switch (family) {
			case FINANCING -> r < 0.45 ? ProjectStatus.BLOCKED : r < 0.7 ? ProjectStatus.SUSPENDED : ProjectStatus.IN_PROGRESS;
			case GOVERNANCE -> r < 0.5 ? ProjectStatus.BLOCKED : ProjectStatus.SUSPENDED;
			case LAND -> r < 0.6 ? ProjectStatus.BLOCKED : ProjectStatus.ABANDONED;
			case STUDIES, PROCUREMENT -> ProjectStatus.SUSPENDED;
			case CONTRACTOR -> r < 0.4 ? ProjectStatus.SUSPENDED : r < 0.7 ? ProjectStatus.ABANDONED : ProjectStatus.IN_PROGRESS;
			case TECHNICAL -> r < 0.5 ? ProjectStatus.IN_PROGRESS : ProjectStatus.SUSPENDED;
			case NONE -> ProjectStatus.IN_PROGRESS;
		};
	}

	/** The cause within a family that fits the project: its partners, its competence, its stage. */
	private String cause(Family family, Unfinished u, ProjectStatus status) {
		double r = random.nextDouble();
		ProjectSpec p = u.project;
		return switch (family) {
			case FINANCING -> {
				if (u.started() && (status == ProjectStatus.IN_PROGRESS || r < 0.25)) {
					yield "COST_OVERRUN";
				}
				if (p.mix().stream().anyMatch(s -> s.source().equals("FEC")) && r < 0.4) {
					yield "LOAN_NOT_OBTAINED";
				}
				yield !p.partnerSources().isEmpty() && r < 0.75 ? "PARTNER_CONTRIBUTION_UNPAID" : "BUDGET_NOT_MOBILIZED";
			}
			case GOVERNANCE -> p.competence() == Competence.SHARED
					? (r < 0.55 ? "SECTOR_COORDINATION" : "AGREEMENT_NOT_SIGNED")
					: (r < 0.4 && EQUIPMENT.contains(p.sector()) ? "UNCLEAR_OWNERSHIP" : "APPROVAL_DELAY");
			case LAND -> u.started() || r < 0.3 ? "LAND_DISPUTE" : "LAND_NOT_SECURED";
			case STUDIES -> u.started() ? "STUDIES_TO_REVISE" : "STUDIES_NOT_DONE";
			case PROCUREMENT -> u.started() ? "TENDER_APPEAL" : r < 0.7 ? "TENDER_UNSUCCESSFUL" : "TENDER_APPEAL";
			case CONTRACTOR -> status == ProjectStatus.IN_PROGRESS || status == ProjectStatus.SUSPENDED && r < 0.5
					? "CONTRACTOR_DELAY" : "CONTRACTOR_DEFAULT";
			case TECHNICAL -> u.progress >= 70 ? "NETWORK_CONNECTION" : "TECHNICAL_CONSTRAINT";
			case NONE -> null;
		};
	}

	private static Map<Family, Integer> profile(String text) {
		Map<Family, Integer> shares = new EnumMap<>(Family.class);
		for (String part : text.split(",")) {
			String[] familyAndShare = part.split(":");
			shares.put(Family.valueOf(familyAndShare[0]), Integer.parseInt(familyAndShare[1]));
		}
		return shares;
	}
}
