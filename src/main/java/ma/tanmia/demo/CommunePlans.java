package ma.tanmia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ma.tanmia.program.ProgramKind;
import ma.tanmia.shared.LocalizedName;

/**
 * The six communes of Inezgane-Aït Melloul and their communal action programs 2016–2021: their
 * quarters or douars, the projects each program carried (by kind) and how well it was executed.
 * Aït Melloul and Lqliâa's planners write in French, the others in Arabic.
 */
final class CommunePlans {

	record Place(String ar, String fr) {
	}

	/**
	 * A commune: its code suffix (01…06), its names as they follow "جماعة" and "commune", whether it
	 * is rural, its planners' language, its places, the project kinds of its 2016 program with their
	 * numbers, and the share of those projects completed by the end of 2021.
	 */
	record Commune(String number, String nameAr, String ofNameFr, boolean rural, boolean french, List<Place> places,
			Map<String, Integer> menu, double completionRate) {

		String territory() {
			return "MA-INE-" + number;
		}

		String council() {
			return "CC-INE-" + number;
		}

		boolean governanceAxis() {
			return menu.containsKey("CIVIL") || menu.containsKey("DIGITAL");
		}

		ProgramSpec program(String mandate) {
			String years = mandate.replace("-", "–");
			String code = "PAC-INE-" + number + "-" + mandate.substring(0, 4);
			return new ProgramSpec(code, ProgramKind.PAC, mandate, territory(), council(),
					new LocalizedName("برنامج عمل جماعة " + nameAr + " " + years + " (بيانات تجريبية)",
							"Programme d'action de la commune " + ofNameFr + " " + years + " (démonstration)", null),
					DemoAxes.communal(rural, governanceAxis()), french, completionRate);
		}
	}

	static final List<Commune> ALL = List.of(
			new Commune("01", "إنزكان", "d'Inezgane", false, false,
					places("حي تراست:quartier Tarrast", "حي الجرف:quartier Jorf", "حي المسيرة:quartier Al Massira",
							"حي السلام:quartier Essalam", "حي الأمل:quartier Al Amal", "حي النهضة:quartier Annahda",
							"حي الوحدة:quartier Al Wahda"),
					menu("ROAD:3,CONNECT:2,SANIT:2,LIGHT:2,LED:1,SPORT:3,YOUTH:1,CULTURE:1,HEALTH:1,SCHOOL:1,"
							+ "PRESCHOOL:1,SCHOOLBUS:1,WOMEN:1,MARKET:2,STATION:1,FLOOD:2,GREEN:2,ENTRY:1,WASTE:1,"
							+ "CIVIL:1,DIGITAL:1"),
					0.63),
			new Commune("02", "أيت ملول", "d'Aït Melloul", false, true,
					places("حي أزرو:quartier Azrou", "الحي المحمدي:quartier Mohammadi", "حي القدس:quartier Al Qods",
							"حي الفتح:quartier Al Fath", "حي الرحمة:quartier Errahma", "حي النصر:quartier Annasr",
							"حي الزيتون:quartier Zitoune", "حي الأندلس:quartier Al Andalous"),
					menu("ROAD:5,CONNECT:2,SANIT:3,LIGHT:2,SPORT:4,YOUTH:2,CULTURE:1,HEALTH:2,SCHOOL:2,PRESCHOOL:1,"
							+ "SCHOOLBUS:1,WOMEN:2,MARKET:2,FLOOD:2,GREEN:2,WASTE:1,CIVIL:1"),
					0.52),
			new Commune("03", "الدشيرة الجهادية", "de Dcheïra El Jihadia", false, false,
					places("حي الموحدين:quartier Al Mouahidine", "حي الفرح:quartier Al Farah", "حي الرياض:quartier Riad",
							"حي النخيل:quartier Nakhil", "حي الانبعاث:quartier Al Inbiaat", "حي السلام:quartier Essalam"),
					menu("ROAD:4,CONNECT:2,SANIT:2,LIGHT:2,LED:1,SPORT:3,YOUTH:1,HEALTH:1,PRESCHOOL:1,SCHOOLBUS:1,"
							+ "WOMEN:1,MARKET:2,FLOOD:1,GREEN:2,ENTRY:1,WASTE:1,CEMETERY:1"),
					0.63),
			new Commune("04", "القليعة", "de Lqliâa", false, true,
					places("الحي الإداري:quartier administratif", "حي الوفاق:quartier Al Wifaq", "حي الزهور:quartier Zouhour",
							"حي البركة:quartier Al Baraka", "حي النور:quartier Annour", "حي المستقبل:quartier Al Moustaqbal"),
					menu("ROAD:4,CONNECT:1,SANIT:3,LIGHT:2,SPORT:3,YOUTH:1,HEALTH:1,SCHOOL:1,SCHOOLBUS:1,WOMEN:1,"
							+ "MARKET:1,FLOOD:2,GREEN:1,WASTE:1,CIVIL:1,DIGITAL:1"),
					0.60),
			new Commune("05", "التمسية", "de Temsia", true, false,
					places("دوار تكاديرت:douar Tagadirt", "دوار أكني:douar Agni", "دوار إغرم:douar Ighrem",
							"دوار تمزارت:douar Tamzart", "دوار العين:douar Laaïn", "دوار الكدية:douar Lkoudia"),
					menu("TRACK:3,WATER:3,SANIT_R:1,ELECTRIF:2,LIGHT:1,SPORT:2,DISPENSARY:1,SCHOOLBUS:1,WOMEN:1,"
							+ "PRESCHOOL:1,DAR_TALIBA:1,SOUK:1,SEGUIA:1,CENTRE:1,FLOOD:1,CEMETERY:1"),
					0.55),
			new Commune("06", "أولاد دحو", "d'Oulad Dahou", true, false,
					places("الدوار الجديد:douar Jdid", "دوار أولاد عيسى:douar Oulad Aïssa", "دوار العزيب:douar Laazib",
							"دوار الخربة:douar Lakhriba", "دوار الصفاء:douar Essafa"),
					menu("TRACK:3,WATER:3,ELECTRIF:2,LIGHT:1,SPORT:1,DISPENSARY:1,SCHOOLBUS:1,WOMEN:1,SOUK:1,"
							+ "SEGUIA:1,SLAUGHTER:1,COOP:1,WASTE:1"),
					0.58));

	/** The communal programs 2016–2021 with their projects, costs and dates drawn from {@code random}. */
	static List<ProjectSpec> projects2016(Commune commune, ProgramSpec program, Random random) {
		List<ProjectSpec> projects = new ArrayList<>();
		Set<String> used = new HashSet<>();
		int placeCursor = random.nextInt(commune.places().size());
		for (Map.Entry<String, Integer> entry : commune.menu().entrySet()) {
			ProjectTypes.Type type = ProjectTypes.of(entry.getKey());
			for (int i = 0; i < entry.getValue(); i++) {
				Place place = null;
				if (type.needsPlace()) {
					do {
						place = commune.places().get(placeCursor++ % commune.places().size());
					} while (!used.add(type.key() + place.fr()));
				}
				LocalDate start = LocalDate.of(2017, 3, 1).plusMonths(random.nextInt(37));
				projects.add(project(program, projects.size() + 1, type, place, start, random));
			}
		}
		return projects;
	}

	/** A project of a kind at a place, costed within the kind's range, planned to end by 2021. */
	static ProjectSpec project(ProgramSpec program, int number, ProjectTypes.Type type, Place place, LocalDate start,
			Random random) {
		LocalDate end = start.plusMonths(type.months()).minusDays(1);
		int mandateEndYear = Integer.parseInt(program.mandate().substring(5));
		LocalDate mandateEnd = LocalDate.of(mandateEndYear, 12, 31);
		if (end.isAfter(mandateEnd)) {
			end = mandateEnd;
			start = end.plusDays(1).minusMonths(type.months());
		}
		int thousands = type.minThousands() + random.nextInt(type.maxThousands() - type.minThousands() + 1);
		BigDecimal cost = BigDecimal.valueOf(Math.round(thousands / 10.0) * 10_000L).setScale(2);
		String ar = place == null ? type.ar() : type.ar().replace("{p}", place.ar());
		String fr = place == null ? type.fr() : type.fr().replace("{p}", place.fr());
		String code = program.code() + "-P%02d".formatted(number);
		String executing = type.executing() != null ? type.executing() : program.owner();
		return new ProjectSpec(code, program, type.node(), new LocalizedName(ar, fr, null), type.sector(), type.competence(),
				program.territory(), executing, cost, ProjectSpec.mix(type.mix()), start, end, false);
	}

	private static List<Place> places(String... arColonFr) {
		return java.util.Arrays.stream(arColonFr).map(s -> s.split(":")).map(p -> new Place(p[0], p[1])).toList();
	}

	private static Map<String, Integer> menu(String text) {
		Map<String, Integer> menu = new LinkedHashMap<>();
		for (String part : text.split(",")) {
			String[] keyAndCount = part.trim().split(":");
			menu.put(keyAndCount[0], Integer.parseInt(keyAndCount[1]));
		}
		return menu;
	}

	private CommunePlans() {
	}
}
