package ma.tanmia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ma.tanmia.program.ProgramKind;
import ma.tanmia.project.Competence;
import ma.tanmia.project.ProjectStatus;
import ma.tanmia.shared.LocalizedName;

/**
 * The 2022–2027 programs in preparation: a few projects each, the largest unfinished projects of
 * 2016–2021 carried over (linked to the project they continue), and communal projects declared as
 * serving an axis or sub-program of the new regional program.
 */
final class NextMandate {

	static final String MANDATE = "2022-2027";

	/** A project of the new mandate, perhaps continuing an old one, perhaps serving a PDR 2022 node. */
	record NextProject(ProjectSpec spec, String previousCode, String regionalNode, boolean landSecured) {
	}

	static final ProgramSpec PDP_2022 = new ProgramSpec("PDP-INE-2022", ProgramKind.PDP, MANDATE, "MA-INE", "CP-INE",
			new LocalizedName("برنامج التنمية لعمالة إنزكان أيت ملول 2022–2027 (في طور الإعداد، بيانات تجريبية)",
					"Programme de développement préfectoral d'Inezgane-Aït Melloul 2022–2027 (en préparation, démonstration)",
					null),
			DemoAxes.prefectural(), false, 0);

	static final ProgramSpec PDR_2022 = new ProgramSpec("PDR-SM-2022", ProgramKind.PDR, MANDATE, "MA-09", "CR-SM",
			new LocalizedName("برنامج التنمية الجهوية لسوس ماسة 2022–2027 (في طور الإعداد، بيانات تجريبية)",
					"Programme de développement régional Souss-Massa 2022–2027 (en préparation, démonstration)", null),
			DemoAxes.regional2022(), true, 0);

	/** The new kinds of projects of each commune, and which of them serves which PDR 2022 node. */
	private static final Map<String, List<String[]>> COMMUNAL = Map.of(
			"01", List.<String[]>of(new String[] { "FLOOD", "X4.2" }, new String[] { "SPORT", null }, new String[] { "GREEN", null }),
			"02", List.<String[]>of(new String[] { "YOUTH", "X5.2" }, new String[] { "ROAD", null }, new String[] { "PRESCHOOL", null }),
			"03", List.<String[]>of(new String[] { "SANIT", "X4.1" }, new String[] { "SPORT", null }),
			"04", List.<String[]>of(new String[] { "SANIT", "X4.1" }, new String[] { "WOMEN", null }),
			"05", List.<String[]>of(new String[] { "WATER", "X4.1" }, new String[] { "TRACK", "X3.1" }),
			"06", List.<String[]>of(new String[] { "TRACK", "X3.1" }, new String[] { "COOP", "X2" }));

	private final Random random;

	NextMandate(Random random) {
		this.random = random;
	}

	List<NextProject> communal(CommunePlans.Commune commune, ProgramSpec program, List<ProjectSpec> previous,
			Map<String, Fate> fates) {
		List<NextProject> projects = new ArrayList<>(carriedOver(program, previous, fates, 2));
		for (String[] kindAndNode : COMMUNAL.get(commune.number())) {
			ProjectTypes.Type type = ProjectTypes.of(kindAndNode[0]);
			CommunePlans.Place place = placeNotYetIn(projects, type, commune.places());
			LocalDate start = LocalDate.of(2023, 1, 1).plusMonths(random.nextInt(24));
			ProjectSpec spec = CommunePlans.project(program, projects.size() + 1, type, type.needsPlace() ? place : null,
					start, random);
			projects.add(new NextProject(spec, null, kindAndNode[1], random.nextDouble() < 0.7));
		}
		return projects;
	}

	/** A place where the program has no project of this kind yet (a carried-over one may be there). */
	private CommunePlans.Place placeNotYetIn(List<NextProject> projects, ProjectTypes.Type type,
			List<CommunePlans.Place> places) {
		int first = random.nextInt(places.size());
		for (int i = 0; i < places.size(); i++) {
			CommunePlans.Place place = places.get((first + i) % places.size());
			String title = type.fr().replace("{p}", place.fr());
			if (projects.stream().noneMatch(p -> p.spec().title().fr().startsWith(title))) {
				return place;
			}
		}
		return places.get(first);
	}

	List<NextProject> prefectural(List<ProjectSpec> previous, Map<String, Fate> fates) {
		List<NextProject> projects = new ArrayList<>(carriedOver(PDP_2022, previous, fates, 2));
		SupraCommunalPlans.Builder b = new SupraCommunalPlans.Builder(PDP_2022, "CP-INE").skip(projects.size());
		b.add("P1", "ROADS", Competence.SHARED, "MA-INE-04", 26_000, "2023-04", 24, "PREF_PROV:30,REGION:40,STATE:30",
				"تهيئة الطريق الإقليمية الرابطة بين القليعة والتمسية", "Aménagement de la route provinciale Lqliâa – Temsia");
		b.add("P3.2", "EDUCATION", Competence.SHARED, "MA-INE", 8_000, "2023-09", 36, "PREF_PROV:40,INDH:60",
				"توسيع النقل المدرسي بالوسط القروي للعمالة", "Extension du transport scolaire en milieu rural de la préfecture");
		b.executing("CPDH-INE").add("P4", "ECONOMY", Competence.SHARED, "MA-INE-02", 6_000, "2023-03", 18,
				"INDH:60,PREF_PROV:40", "إحداث حاضنة للمقاولات الصغيرة جدا والتعاونيات بأيت ملول",
				"Incubateur de très petites entreprises et de coopératives à Aït Melloul");
		b.projects().forEach(spec -> projects.add(new NextProject(spec, null, null, true)));
		return projects;
	}

	List<NextProject> regional(List<ProjectSpec> previous, Map<String, Fate> fates) {
		List<NextProject> projects = new ArrayList<>(carriedOver(PDR_2022, previous, fates, 2));
		SupraCommunalPlans.Builder b = new SupraCommunalPlans.Builder(PDR_2022, "CR-SM").skip(projects.size());
		b.add("X1.1", "ECONOMY", Competence.SHARED, "MA-INE", 180_000, "2023-06", 36, "REGION:40,STATE:40,PARTNER:20",
				"تهيئة منطقة صناعية جديدة بعمالة إنزكان أيت ملول",
				"Aménagement d'une nouvelle zone industrielle à Inezgane-Aït Melloul");
		b.add("X2", "ECONOMY", Competence.SHARED, "MA-INE", 8_000, "2023-01", 36, "REGION:50,INDH:50",
				"دعم التعاونيات النسائية لتثمين وتسويق المنتوجات المحلية",
				"Appui aux coopératives féminines pour la valorisation et la commercialisation des produits du terroir");
		b.add("X6", "CULTURE", Competence.SHARED, "MA-INE-01", 15_000, "2024-01", 24, "REGION:60,STATE:40",
				"إحداث دار للثقافة الأمازيغية بإنزكان", "Création d'une maison de la culture amazighe à Inezgane");
		b.add("X7", "ADMINISTRATION", Competence.OWN, "MA-09", 6_000, "2023-01", 24, "REGION:100",
				"منصة رقمية لتتبع مشاريع برنامج التنمية الجهوية واتفاقيات الشراكة",
				"Plateforme numérique de suivi des projets du PDR et des conventions de partenariat");
		b.projects().forEach(spec -> projects.add(new NextProject(spec, null, null, true)));
		return projects;
	}

	/**
	 * The largest unfinished projects of the previous program (not those cancelled), continued for
	 * what remains to be done at an updated cost.
	 */
	private List<NextProject> carriedOver(ProgramSpec program, List<ProjectSpec> previous, Map<String, Fate> fates,
			int count) {
		List<NextProject> carried = new ArrayList<>();
		List<ProjectSpec> candidates = previous.stream()
			.filter(p -> !fates.get(p.code()).isCompleted() && fates.get(p.code()).status() != ProjectStatus.CANCELLED)
			.sorted(Comparator.comparing((ProjectSpec p) -> remaining(p, fates.get(p.code()))).reversed())
			.limit(count)
			.toList();
		for (ProjectSpec old : candidates) {
			Fate fate = fates.get(old.code());
			boolean started = fate.started();
			BigDecimal cost = remaining(old, fate).multiply(new BigDecimal("1.15"))
				.divide(BigDecimal.valueOf(10_000), 0, java.math.RoundingMode.HALF_UP)
				.multiply(BigDecimal.valueOf(10_000)).setScale(2);
			LocalDate start = LocalDate.of(2023, 1, 1).plusMonths(random.nextInt(12));
			LocalizedName title = new LocalizedName(old.title().ar() + (started ? " (استكمال)" : " (إعادة البرمجة)"),
					old.title().fr() + (started ? " (achèvement)" : " (reprogrammation)"), null);
			ProjectSpec spec = new ProjectSpec(program.code() + "-P%02d".formatted(carried.size() + 1), program,
					nodeIn(program, old), title, old.sector(), old.competence(), old.territory(), old.executing(), cost,
					old.mix(), start, start.plusMonths(18).minusDays(1), false);
			boolean landSecured = fate.causes().stream().noneMatch(c -> c.startsWith("LAND"));
			carried.add(new NextProject(spec, old.code(), null, landSecured));
		}
		return carried;
	}

	private static BigDecimal remaining(ProjectSpec project, Fate fate) {
		return project.cost().multiply(BigDecimal.valueOf(100 - fate.progress())).divide(BigDecimal.valueOf(100));
	}

	/** Communal and prefectural programs keep their structure; the new PDR's axes differ from the old one's. */
	private static String nodeIn(ProgramSpec program, ProjectSpec old) {
		if (program.kind() != ProgramKind.PDR) {
			return old.nodeCode();
		}
		return switch (old.sector()) {
			case "ECONOMY" -> "X1.1";
			case "ROADS" -> "X3.1";
			case "URBAN" -> "X3.2";
			case "WATER", "SANITATION" -> "X4.1";
			case "ENVIRONMENT" -> "X4.2";
			case "HEALTH" -> "X5.1";
			case "SPORT_YOUTH" -> "X5.2";
			case "EDUCATION" -> "X5";
			default -> "X7";
		};
	}
}
