package ma.tanmia.bench.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import ma.tanmia.bench.synthetic.NationShape.Commune;
import ma.tanmia.bench.synthetic.NationShape.Province;
import ma.tanmia.bench.synthetic.ProjectCatalogue.Axis;
import ma.tanmia.bench.synthetic.ProjectCatalogue.Place;
import ma.tanmia.bench.synthetic.ProjectCatalogue.Type;

/**
 * The plan of the synthetic programs and projects, decided from the seed before anything is written,
 * like {@link NationShape}: per mandate a PDR per region, a PDP per prefecture or province and a PAC
 * per commune, each with its axes; 300,000 projects spread over the 1,503 synthetic communes by a
 * weight that grows with population (√ of the 2014 population, urban ×1.3), 80 % in 2016–2021;
 * within a mandate 75 % in the communes' PACs, 15 % in PDPs and 10 % in PDRs (located at a
 * commune, a few at their province).
 *
 * <p>What each project holds besides its row — funding plan, commitments and payments, blocking
 * causes, progress reports — is derived on demand from a random stream of its own
 * ({@link #funding}, {@link #finance}, {@link #blockings}, {@link #progress}), so the
 * {@code committed} and {@code paid} columns written with the project always equal the sums of the
 * events written later, and the 3,000,000 progress reports never sit in memory.
 *
 * <p>Projects are inserted program by program, programs in a shuffled order (the order their
 * councils adopted them), so a region's projects are spread over the table in runs of one program,
 * as in a database filled over the years, not clustered by territory.
 */
public final class ProjectShape {

	public static final int PROJECTS = 300_000;
	public static final int PROGRESS_UPDATES = 3_000_000;

	/** The synthetic history stops here, whatever day the bench runs, so every machine gets the same data. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	static final String[] STATUSES = { "COMPLETED", "IN_PROGRESS", "BLOCKED", "SUSPENDED", "ABANDONED", "STUDIES",
			"TENDERING", "PROGRAMMED", "CANCELLED" };

	/** The two mandates: share of the projects, dates, how far their projects got by the end of the history. */
	public enum Mandate {
		M2016("2016-2021", 2016, 0.80, LocalDate.of(2016, 10, 1), LocalDate.of(2017, 1, 1), LocalDate.of(2020, 9, 30),
				LocalDate.of(2021, 12, 28), "CLOSED",
				new double[] { 0.52, 0.16, 0.09, 0.05, 0.03, 0.05, 0.04, 0.04, 0.02 }),
		M2022("2022-2027", 2022, 0.20, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 7, 1), LocalDate.of(2026, 6, 30),
				AS_OF, "EXECUTION", new double[] { 0.20, 0.30, 0.05, 0.03, 0.01, 0.12, 0.10, 0.18, 0.01 });

		public final String code;
		final int year;
		final double share;
		final LocalDate firstDay;
		final LocalDate startFrom;
		final LocalDate startTo;
		final LocalDate lastReport;
		final String programStatus;
		final double[] statusWeights;

		Mandate(String code, int year, double share, LocalDate firstDay, LocalDate startFrom, LocalDate startTo,
				LocalDate lastReport, String programStatus, double[] statusWeights) {
			this.code = code;
			this.year = year;
			this.share = share;
			this.firstDay = firstDay;
			this.startFrom = startFrom;
			this.startTo = startTo;
			this.lastReport = lastReport;
			this.programStatus = programStatus;
			this.statusWeights = statusWeights;
		}
	}

	/** An axis or sub-program with its id. */
	public record Node(long id, Axis axis, Long parentId, int position) {
	}

	/** {@code territoryCode} is a region (PDR), a prefecture or province (PDP) or a commune (PAC). */
	public record Program(long id, String code, String kind, Mandate mandate, String territoryCode, boolean urban,
			List<Node> nodes) {

		long nodeId(String code) {
			String wanted = "A5".equals(code) && !urban ? "A4" : code;
			for (Node node : nodes) {
				if (node.axis().code().equals(wanted)) {
					return node.id();
				}
			}
			throw new IllegalStateException("No node " + code + " in " + this.code);
		}

		String ownerSource() {
			return switch (kind) {
				case "PAC" -> "COMMUNE";
				case "PDP" -> "PREF_PROV";
				default -> "REGION";
			};
		}

		/** The council that prepares and owns the program (organizations written by the generator). */
		String ownerOrganization() {
			return councilCode(territoryCode);
		}
	}

	/**
	 * One project. {@code commune} is null for the few PDP/PDR projects located at their province;
	 * {@code cost} in dirhams (a multiple of 1,000); {@code lastReport} is the date of its last progress report.
	 */
	public record Project(long id, String code, Program program, Type type, Place place, Commune commune,
			String territoryCode, long cost, String status, int progress, LocalDate plannedStart, LocalDate plannedEnd,
			LocalDate actualStart, LocalDate actualEnd, LocalDate lastReport, boolean landSecured, boolean studiesDone,
			Long carriedFrom, long seed) {

		boolean started() {
			return actualStart != null;
		}

		boolean completed() {
			return "COMPLETED".equals(status);
		}

		boolean heldBack() {
			return "BLOCKED".equals(status) || "SUSPENDED".equals(status) || "ABANDONED".equals(status);
		}

		String titleFr() {
			return type.fr().replace("{l}", place.locationFr());
		}

		String titleAr() {
			return type.ar().replace("{l}", place.locationAr());
		}
	}

	public record FundingLine(String source, int year, long amount) {
	}

	/** A commitment or payment; {@code cents} of dirham. */
	public record Event(String source, boolean payment, LocalDate on, long cents, String reference) {
	}

	public record Blocking(String cause, LocalDate startedOn, LocalDate endedOn, String description) {
	}

	public record Update(LocalDate on, String status, int progress, String previousStatus, int previousProgress,
			String comment) {
	}

	private final List<Program> programs;
	private final List<Project> projects;
	private final int[] updates;

	private ProjectShape(List<Program> programs, List<Project> projects, int[] updates) {
		this.programs = programs;
		this.projects = projects;
		this.updates = updates;
	}

	public List<Program> programs() {
		return programs;
	}

	public List<Project> projects() {
		return projects;
	}

	/** How many progress reports the project has (they sum to {@link #PROGRESS_UPDATES}). */
	public int updates(Project project) {
		return updates[(int) project.id() - 1];
	}

	/** The code of the council of a territory, written by {@code SyntheticNation.organizations()}. */
	public static String councilCode(String territoryCode) {
		return "SYN-COUNCIL-" + territoryCode;
	}

	public static ProjectShape fromSeed(long seed, NationShape nation) {
		Random random = new Random(seed ^ 0x5EED_0F_9A0L);
		Map<String, Province> provinces = new HashMap<>();
		nation.provinces().forEach(p -> provinces.put(p.code(), p));
		List<Program> programs = new ArrayList<>();
		Map<String, Program> byKey = new HashMap<>();
		long[] nodeId = { 0 };
		for (Mandate mandate : Mandate.values()) {
			for (String region : NationShape.PROVINCES_PER_REGION.keySet()) {
				add(programs, byKey, nodeId, "PDR", mandate, region, false);
			}
			for (Province province : nation.provinces()) {
				add(programs, byKey, nodeId, "PDP", mandate, province.code(), false);
			}
			for (Commune commune : nation.communes()) {
				add(programs, byKey, nodeId, "PAC", mandate, commune.code(), commune.urban());
			}
		}

		List<Commune> communes = nation.communes();
		double[] cumulative = new double[communes.size()];
		double total = 0;
		for (int i = 0; i < communes.size(); i++) {
			Commune c = communes.get(i);
			total += Math.sqrt(c.population2014()) * (c.urban() ? 1.3 : 1.0);
			cumulative[i] = total;
		}

		record Draft(Program program, Commune commune, String territoryCode, int type, int place) {
		}
		List<Project> projects = new ArrayList<>(PROJECTS);
		Map<String, List<Long>> unfinishedPac2016 = new HashMap<>();
		int remaining = PROJECTS;
		for (Mandate mandate : Mandate.values()) {
			int count = mandate == Mandate.M2022 ? remaining : (int) Math.round(PROJECTS * mandate.share);
			remaining -= count;
			Map<Program, List<Draft>> drafts = new LinkedHashMap<>();
			for (int k = 0; k < count; k++) {
				double pick = random.nextDouble() * total;
				int index = java.util.Arrays.binarySearch(cumulative, pick);
				Commune commune = communes.get(index < 0 ? -index - 1 : index);
				Province province = provinces.get(commune.provinceCode());
				double kind = random.nextDouble();
				Program program;
				boolean atProvince = false;
				if (kind < 0.75) {
					program = byKey.get(key("PAC", mandate, commune.code()));
				}
				else if (kind < 0.90) {
					program = byKey.get(key("PDP", mandate, province.code()));
					atProvince = random.nextDouble() < 0.05;
				}
				else {
					program = byKey.get(key("PDR", mandate, province.regionCode()));
					atProvince = random.nextDouble() < 0.10;
				}
				boolean urbanPlace = !atProvince && commune.urban();
				int type = pickType(random, urbanPlace);
				int place = random.nextInt(urbanPlace ? ProjectCatalogue.URBAN_PLACES.size() : ProjectCatalogue.RURAL_PLACES.size());
				drafts.computeIfAbsent(program, p -> new ArrayList<>())
					.add(new Draft(program, atProvince ? null : commune, atProvince ? province.code() : commune.code(), type,
							place));
			}
			List<Program> adoptionOrder = new ArrayList<>(drafts.keySet());
			Collections.shuffle(adoptionOrder, random);
			for (Program program : adoptionOrder) {
				List<Draft> ofProgram = drafts.get(program);
				for (int i = 0; i < ofProgram.size(); i++) {
					Draft d = ofProgram.get(i);
					long id = projects.size() + 1L;
					Place place = (d.commune() != null && d.commune().urban() ? ProjectCatalogue.URBAN_PLACES
							: ProjectCatalogue.RURAL_PLACES).get(d.place());
					Long carriedFrom = null;
					if (mandate == Mandate.M2022 && "PAC".equals(program.kind()) && random.nextDouble() < 0.08) {
						List<Long> candidates = unfinishedPac2016.get(d.territoryCode());
						if (candidates != null && !candidates.isEmpty()) {
							carriedFrom = candidates.remove(random.nextInt(candidates.size()));
						}
					}
					Project project = project(id, program.code() + "-%04d".formatted(i + 1), program,
							ProjectCatalogue.TYPES.get(d.type()), place, d.commune(), d.territoryCode(), carriedFrom,
							mix(seed, id));
					projects.add(project);
					if (mandate == Mandate.M2016 && "PAC".equals(program.kind()) && !project.completed()
							&& !"CANCELLED".equals(project.status())) {
						unfinishedPac2016.computeIfAbsent(d.territoryCode(), c -> new ArrayList<>()).add(id);
					}
				}
			}
		}
		return new ProjectShape(List.copyOf(programs), List.copyOf(projects), updateCounts(random, projects));
	}

	private static void add(List<Program> programs, Map<String, Program> byKey, long[] nodeId, String kind,
			Mandate mandate, String territory, boolean urban) {
		List<Node> nodes = new ArrayList<>();
		Map<String, Long> ids = new HashMap<>();
		int position = 0;
		for (Axis axis : ProjectCatalogue.axes(kind, urban)) {
			long id = ++nodeId[0];
			ids.put(axis.code(), id);
			nodes.add(new Node(id, axis, axis.parent() == null ? null : ids.get(axis.parent()), ++position));
		}
		String code = kind + "-" + territory + "-" + mandate.year;
		Program program = new Program(programs.size() + 1L, code, kind, mandate, territory, urban, List.copyOf(nodes));
		programs.add(program);
		byKey.put(key(kind, mandate, territory), program);
	}

	private static String key(String kind, Mandate mandate, String territory) {
		return kind + "|" + mandate.code + "|" + territory;
	}

	private static int pickType(Random random, boolean urban) {
		double total = 0;
		for (Type type : ProjectCatalogue.TYPES) {
			total += urban ? type.urbanWeight() : type.ruralWeight();
		}
		double pick = random.nextDouble() * total;
		for (int i = 0; i < ProjectCatalogue.TYPES.size(); i++) {
			Type type = ProjectCatalogue.TYPES.get(i);
			pick -= urban ? type.urbanWeight() : type.ruralWeight();
			if (pick < 0) {
				return i;
			}
		}
		return ProjectCatalogue.TYPES.size() - 1;
	}

	/** Status, progress, cost and dates of one project, from its own stream. */
	private static Project project(long id, String code, Program program, Type type, Place place, Commune commune,
			String territoryCode, Long carriedFrom, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		Mandate m = program.mandate();
		String status = STATUSES[pick(r, m.statusWeights)];
		int progress = switch (status) {
			case "COMPLETED" -> 100;
			case "IN_PROGRESS" -> r.nextInt(5, 96);
			case "BLOCKED", "SUSPENDED" -> r.nextDouble() < 0.3 ? 0 : r.nextInt(5, 81);
			case "ABANDONED" -> r.nextDouble() < 0.4 ? 0 : r.nextInt(5, 51);
			default -> 0;
		};
		boolean started = progress > 0;
		double kindFactor = switch (program.kind()) {
			case "PAC" -> 1.0;
			case "PDP" -> 2.5;
			default -> 4.0;
		};
		long thousands = Math.max(100, Math.round(type.medianThousands() * kindFactor * Math.exp(0.7 * r.nextGaussian())));
		int months = Math.max(3, (int) Math.round(type.months() * (0.8 + 0.6 * r.nextDouble())));
		LocalDate plannedStart = day(r, m.startFrom, m.startTo);
		LocalDate latestWorks = m.lastReport.minusDays(120);
		if (started && plannedStart.isAfter(latestWorks)) {
			plannedStart = day(r, m.startFrom, latestWorks);
		}
		LocalDate plannedEnd = plannedStart.plusMonths(months);
		LocalDate actualStart = null;
		LocalDate actualEnd = null;
		LocalDate lastReport;
		if (started) {
			actualStart = min(plannedStart.plusDays(r.nextInt(0, 241)), m.lastReport.minusDays(90));
			actualStart = max(actualStart, m.firstDay.plusDays(30));
			if ("COMPLETED".equals(status)) {
				long days = Math.round(months * 30.4 * (0.9 + 0.7 * r.nextDouble()));
				actualEnd = min(actualStart.plusDays(days), m.lastReport.minusDays(5 + r.nextInt(0, 60)));
				actualEnd = max(actualEnd, actualStart.plusDays(30));
				lastReport = actualEnd;
			}
			else {
				lastReport = max(actualStart.plusDays(30), m.lastReport.minusDays(r.nextInt(0, 151)));
			}
		}
		else {
			lastReport = m.lastReport.minusDays(r.nextInt(0, 151));
		}
		boolean landSecured = started || r.nextDouble() < 0.5;
		boolean studiesDone = started || "TENDERING".equals(status) || r.nextDouble() < 0.3;
		return new Project(id, code, program, type, place, commune, territoryCode, thousands * 1000, status, progress,
				plannedStart, plannedEnd, actualStart, actualEnd, lastReport, landSecured, studiesDone, carriedFrom, seed);
	}

	/**
	 * Reports per project: more for projects that went far (a completed one has about 12, a programmed
	 * one 3), scaled and then nudged one by one so the total is exactly {@link #PROGRESS_UPDATES}.
	 */
	private static int[] updateCounts(Random random, List<Project> projects) {
		double[] raw = new double[projects.size()];
		double sum = 0;
		for (int i = 0; i < raw.length; i++) {
			Project p = projects.get(i);
			int base = switch (p.status()) {
				case "PROGRAMMED" -> 3;
				case "STUDIES", "CANCELLED" -> 5;
				case "TENDERING" -> 6;
				case "COMPLETED" -> 12;
				default -> p.started() ? 11 : 6;
			};
			raw[i] = Math.max(2, base + random.nextInt(6) - 2);
			sum += raw[i];
		}
		int[] counts = new int[raw.length];
		long total = 0;
		for (int i = 0; i < raw.length; i++) {
			counts[i] = (int) Math.max(2, Math.round(raw[i] * PROGRESS_UPDATES / sum));
			total += counts[i];
		}
		while (total != PROGRESS_UPDATES) {
			int i = random.nextInt(counts.length);
			if (total < PROGRESS_UPDATES && counts[i] < 40) {
				counts[i]++;
				total++;
			}
			else if (total > PROGRESS_UPDATES && counts[i] > 2) {
				counts[i]--;
				total--;
			}
		}
		return counts;
	}

	/** One to three funding lines (distinct sources, the planned start's year) that sum to the cost. */
	public List<FundingLine> funding(Project p) {
		SplittableRandom r = new SplittableRandom(p.seed() ^ 0x1F00D);
		String owner = p.program().ownerSource();
		List<String> partners = new ArrayList<>(p.type().partners());
		partners.remove(owner);
		for (int i = partners.size() - 1; i > 0; i--) {
			Collections.swap(partners, i, r.nextInt(i + 1));
		}
		double d = r.nextDouble();
		int lines = Math.min(1 + partners.size(), d < 0.35 ? 1 : d < 0.75 ? 2 : 3);
		long thousands = p.cost() / 1000;
		List<FundingLine> funding = new ArrayList<>();
		int year = p.plannedStart().getYear();
		if (lines == 1) {
			funding.add(new FundingLine(owner, year, p.cost()));
			return funding;
		}
		long ownShare = Math.round(thousands * (0.3 + 0.4 * r.nextDouble()));
		funding.add(new FundingLine(owner, year, ownShare * 1000));
		long left = thousands - ownShare;
		for (int i = 0; i < lines - 1; i++) {
			long share = i == lines - 2 ? left : Math.round(left * (0.3 + 0.4 * r.nextDouble()));
			left -= share;
			if (share > 0) {
				funding.add(new FundingLine(partners.get(i), year, share * 1000));
			}
		}
		return funding;
	}

	/**
	 * Commitments and payments that follow the project's story: a started project commits each
	 * source's share and pays it as works progress; a partner whose contribution is the blocking
	 * cause pays nothing, an unsigned agreement leaves partners uncommitted, a budget not mobilized is
	 * committed only in part; projects at studies or tendering only commit and pay their studies.
	 * Commitments come first, so a project never pays more than it committed.
	 */
	public List<Event> finance(Project p) {
		SplittableRandom r = new SplittableRandom(p.seed() ^ 0xF17A7CEL);
		List<Blocking> blockings = blockings(p);
		Mandate m = p.program().mandate();
		String owner = p.program().ownerSource();
		List<Event> events = new ArrayList<>();
		if (p.started()) {
			boolean unsigned = hasCause(blockings, "AGREEMENT_NOT_SIGNED");
			boolean budget = hasCause(blockings, "BUDGET_NOT_MOBILIZED");
			boolean defaulting = hasCause(blockings, "PARTNER_CONTRIBUTION_UNPAID");
			for (FundingLine line : funding(p)) {
				boolean own = line.source().equals(owner);
				if (!own && unsigned) {
					continue;
				}
				long committed = line.amount() * 100;
				if (own && budget) {
					committed = Math.round(committed * Math.max(0.2, p.progress() / 100.0));
				}
				LocalDate committedOn = max(p.actualStart().minusDays(r.nextInt(15, 121)), m.firstDay);
				events.add(new Event(line.source(), false, committedOn, committed,
						"Engagement n° %d/%d".formatted(r.nextInt(1, 400), committedOn.getYear())));
				double fraction;
				if (!own && defaulting) {
					fraction = 0;
					defaulting = false;
				}
				else if (p.completed()) {
					fraction = 0.92 + 0.08 * r.nextDouble();
				}
				else {
					fraction = Math.min(1, p.progress() / 100.0 * (0.8 + 0.25 * r.nextDouble()));
				}
				payments(r, events, line.source(), Math.round(committed * fraction), p.actualStart().plusDays(30),
						p.lastReport());
			}
		}
		else if ("STUDIES".equals(p.status()) || "TENDERING".equals(p.status())
				|| "CANCELLED".equals(p.status()) && r.nextDouble() < 0.3) {
			long studies = Math.round(p.cost() * 0.025 / 1000) * 1000 * 100;
			if (studies > 0) {
				LocalDate ordered = max(min(p.plannedStart().minusDays(30), p.lastReport().minusDays(30)), m.firstDay);
				events.add(new Event(owner, false, ordered, studies,
						"Bon de commande études n° %d/%d".formatted(r.nextInt(1, 200), ordered.getYear())));
				payments(r, events, owner, "STUDIES".equals(p.status()) ? studies / 2 : studies, ordered.plusDays(30),
						max(p.lastReport(), ordered.plusDays(60)));
			}
		}
		return events;
	}

	private static void payments(SplittableRandom r, List<Event> events, String source, long cents, LocalDate from,
			LocalDate to) {
		if (cents <= 0) {
			return;
		}
		LocalDate until = to.isAfter(from) ? to : from.plusDays(1);
		int count = cents < 50_000_000L ? 1 : 1 + r.nextInt(2);
		long days = ChronoUnit.DAYS.between(from, until);
		long left = cents;
		for (int i = 1; i <= count; i++) {
			long amount = i == count ? left : cents / count;
			left -= amount;
			LocalDate on = from.plusDays(Math.round(days * (i - 0.5 * r.nextDouble()) / count));
			events.add(new Event(source, true, on, amount, "OP n° %d/%d".formatted(r.nextInt(1, 3000), on.getYear())));
		}
	}

	/**
	 * Why an unfinished project is behind: most have one to three causes (2016–2021: 95 % of held-back
	 * projects, 75–85 % of the others; 2022–2027: 90 % of held-back ones, 25 % of the others); about
	 * one completed project in eight was held once and overcame it ({@code endedOn} set).
	 */
	public List<Blocking> blockings(Project p) {
		SplittableRandom r = new SplittableRandom(p.seed() ^ 0xB10CL);
		List<Blocking> blockings = new ArrayList<>();
		Mandate m = p.program().mandate();
		if (p.completed()) {
			if (r.nextDouble() < 0.12) {
				long span = Math.max(2, ChronoUnit.DAYS.between(p.actualStart(), p.actualEnd()));
				LocalDate from = p.actualStart().plusDays(r.nextLong(0, span / 2 + 1));
				LocalDate to = min(from.plusDays(r.nextInt(20, 121)), p.actualEnd());
				blockings.add(new Blocking(cause(r), from, to, null));
			}
			return blockings;
		}
		double probability;
		if (m == Mandate.M2016) {
			probability = p.heldBack() ? 0.95 : "IN_PROGRESS".equals(p.status()) ? 0.75
					: "CANCELLED".equals(p.status()) ? 0.85 : 0.80;
		}
		else {
			probability = p.heldBack() ? 0.90 : 0.25;
		}
		if (r.nextDouble() >= probability) {
			return blockings;
		}
		double d = r.nextDouble();
		int count = d < 0.65 ? 1 : d < 0.95 ? 2 : 3;
		LocalDate since = p.started() ? min(p.actualStart().plusDays(r.nextInt(30, 401)), p.lastReport())
				: max(min(p.plannedStart(), p.lastReport()), m.firstDay);
		List<String> causes = new ArrayList<>();
		while (causes.size() < count) {
			String cause = cause(r);
			if (!causes.contains(cause)) {
				causes.add(cause);
			}
		}
		for (String cause : causes) {
			blockings.add(new Blocking(cause, since, null,
					r.nextDouble() < 0.5 ? null : "Constaté lors du suivi du " + since + " (" + cause.toLowerCase() + ")"));
		}
		return blockings;
	}

	/**
	 * The project's dated progress reports, oldest first, the last one giving its current status and
	 * progress: preparation (programmed, studies, tendering) before works, then rising progress.
	 */
	public List<Update> progress(Project p) {
		SplittableRandom r = new SplittableRandom(p.seed() ^ 0x9E06E55L);
		int n = updates(p);
		Mandate m = p.program().mandate();
		LocalDate from = m.firstDay.plusDays(r.nextInt(0, 61));
		List<String> statuses = new ArrayList<>(n);
		List<Integer> progresses = new ArrayList<>(n);
		List<LocalDate> dates = new ArrayList<>(n);
		if (p.started()) {
			int preparation = Math.max(1, Math.min(n - 1, (int) Math.round(n * 0.25)));
			int works = n - preparation;
			LocalDate start = min(from, p.actualStart().minusDays(10));
			dates.addAll(days(r, preparation, start, p.actualStart().minusDays(1)));
			for (int k = 0; k < preparation; k++) {
				statuses.add(k < preparation / 2 ? "STUDIES" : "TENDERING");
				progresses.add(0);
			}
			List<LocalDate> worksDays = days(r, works, p.actualStart(), p.lastReport());
			worksDays.set(0, p.actualStart());
			worksDays.set(works - 1, p.lastReport());
			dates.addAll(worksDays);
			int target = p.completed() ? 95 : p.progress();
			int first = Math.min(target, 5 + r.nextInt(0, 16));
			for (int j = 0; j < works; j++) {
				if (j == works - 1) {
					statuses.add(p.status());
					progresses.add(p.progress());
				}
				else {
					boolean suspendedFirst = "ABANDONED".equals(p.status()) && j == works - 2 && works >= 3;
					statuses.add(suspendedFirst ? "SUSPENDED" : "IN_PROGRESS");
					progresses.add(works == 1 ? first : first + (target - first) * j / (works - 1));
				}
			}
		}
		else {
			dates.addAll(days(r, n, from, max(from, p.lastReport())));
			String[] stages = switch (p.status()) {
				case "PROGRAMMED" -> new String[] { "PROGRAMMED" };
				case "STUDIES" -> new String[] { "PROGRAMMED", "STUDIES" };
				default -> new String[] { "PROGRAMMED", "STUDIES", "TENDERING" };
			};
			for (int k = 0; k < n; k++) {
				statuses.add(k == n - 1 ? p.status() : stages[Math.min(stages.length - 1, k * stages.length / Math.max(1, n - 1))]);
				progresses.add(0);
			}
		}
		List<Update> result = new ArrayList<>(n);
		String previousStatus = "PROGRAMMED";
		int previousProgress = 0;
		for (int k = 0; k < n; k++) {
			String status = statuses.get(k);
			String comment = r.nextDouble() < 0.45 ? comment(r, status) : null;
			result.add(new Update(dates.get(k), status, progresses.get(k), previousStatus, previousProgress, comment));
			previousStatus = status;
			previousProgress = progresses.get(k);
		}
		return result;
	}

	private static String comment(SplittableRandom r, String status) {
		String[] pool = switch (status) {
			case "COMPLETED" -> ProjectCatalogue.DONE_COMMENTS;
			case "IN_PROGRESS" -> ProjectCatalogue.WORKS_COMMENTS;
			case "BLOCKED", "SUSPENDED", "ABANDONED" -> ProjectCatalogue.HELD_COMMENTS;
			default -> ProjectCatalogue.PREPARATION_COMMENTS;
		};
		return pool[r.nextInt(pool.length)];
	}

	private static boolean hasCause(List<Blocking> blockings, String cause) {
		for (Blocking b : blockings) {
			if (b.cause().equals(cause) && b.endedOn() == null) {
				return true;
			}
		}
		return false;
	}

	private static String cause(SplittableRandom r) {
		double pick = r.nextDouble();
		for (String[] family : ProjectCatalogue.CAUSES) {
			pick -= Double.parseDouble(family[1]);
			if (pick < 0) {
				return family[2 + r.nextInt(family.length - 2)];
			}
		}
		return "OTHER";
	}

	private static int pick(SplittableRandom r, double[] weights) {
		double pick = r.nextDouble();
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** {@code count} sorted days between {@code from} and {@code to} (both included). */
	private static List<LocalDate> days(SplittableRandom r, int count, LocalDate from, LocalDate to) {
		long span = Math.max(0, ChronoUnit.DAYS.between(from, to));
		long[] offsets = new long[count];
		for (int i = 0; i < count; i++) {
			offsets[i] = span == 0 ? 0 : r.nextLong(0, span + 1);
		}
		java.util.Arrays.sort(offsets);
		List<LocalDate> days = new ArrayList<>(count);
		for (long offset : offsets) {
			days.add(from.plusDays(offset));
		}
		return days;
	}

	private static LocalDate day(SplittableRandom r, LocalDate from, LocalDate to) {
		return from.plusDays(r.nextLong(0, Math.max(1, ChronoUnit.DAYS.between(from, to) + 1)));
	}

	static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/** SplitMix64 finaliser: independent streams per project from the seed and the id. */
	private static long mix(long seed, long id) {
		long z = seed + id * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
