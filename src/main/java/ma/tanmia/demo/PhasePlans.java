package ma.tanmia.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.tanmia.program.ProgramPhase;
import ma.tanmia.program.Programs.PhaseRecord;

/**
 * The dated phases of the demonstration programs: the 2016–2021 programs prepared in 2016,
 * adopted and approved in 2017 and executed to the end of 2021 (some updated in their third year);
 * the 2022–2027 programs opened by information meetings — the prefecture's of 30 November 2021 —
 * and the evaluation of the previous mandate. Deliberation and visa numbers are fictitious.
 */
final class PhasePlans {

	private static final LocalDate MANDATE_END = LocalDate.of(2021, 12, 31);

	/** A communal action program 2016–2021; {@code index} staggers the six communes by a few days. */
	static List<PhaseRecord> communal2016(int index, boolean french, boolean updated) {
		int d = index * 4;
		Say say = new Say(french);
		List<PhaseRecord> phases = new ArrayList<>();
		phases.add(done(ProgramPhase.INFORMATION_CONSULTATION, day(2016, 9, 12 + d), day(2016, 9, 12 + d),
				say.of("لقاء إخباري وتشاوري حول إعداد برنامج عمل الجماعة",
						"Réunion d'information et de concertation sur l'élaboration du programme d'action")));
		preparation(phases, say, day(2016, 10, 3).plusDays(d), "الجماعة", "la commune");
		LocalDate adopted = day(2017, 5, 2 + index);
		phases.add(act(ProgramPhase.ADOPTION, adopted, "%02d/2017".formatted(11 + 3 * index),
				say.of("مداولة المجلس الجماعي في الدورة العادية لشهر ماي 2017",
						"Délibération du conseil communal, session ordinaire de mai 2017")));
		LocalDate approved = adopted.plusDays(35 + 2 * index);
		phases.add(act(ProgramPhase.APPROVAL, approved, "DCL/%03d/2017".formatted(140 + 7 * index),
				say.of("تأشيرة عامل عمالة إنزكان أيت ملول", "Visa du gouverneur de la préfecture d'Inezgane-Aït Melloul")));
		phases.add(execution(say, approved.plusDays(1)));
		if (updated) {
			phases.add(done(ProgramPhase.UPDATE, day(2019, 10, 1), day(2019, 10, 4 + index),
					say.of("تحيين البرنامج في السنة الثالثة، الدورة العادية لشهر أكتوبر 2019",
							"Mise à jour du programme la troisième année, session ordinaire d'octobre 2019")));
		}
		return phases;
	}

	static List<PhaseRecord> prefectural2016() {
		Say say = new Say(false);
		List<PhaseRecord> phases = new ArrayList<>();
		phases.add(done(ProgramPhase.INFORMATION_CONSULTATION, day(2016, 6, 20), day(2016, 6, 20),
				"لقاء إخباري وتشاوري مع رؤساء الجماعات والمصالح الخارجية حول إعداد برنامج تنمية العمالة"));
		preparation(phases, say, day(2016, 7, 11), "العمالة", "la préfecture");
		phases.add(act(ProgramPhase.ADOPTION, day(2017, 4, 5), "07/2017",
				"مداولة مجلس العمالة في الدورة العادية لشهر أبريل 2017"));
		phases.add(act(ProgramPhase.APPROVAL, day(2017, 6, 20), "DGCT/2017/112", "تأشيرة وزارة الداخلية"));
		phases.add(execution(say, day(2017, 7, 1)));
		return phases;
	}

	static List<PhaseRecord> regional2016() {
		Say say = new Say(true);
		List<PhaseRecord> phases = new ArrayList<>();
		phases.add(done(ProgramPhase.INFORMATION_CONSULTATION, day(2016, 5, 16), day(2016, 5, 16),
				"Rencontre d'information et de concertation sur l'élaboration du programme de développement régional"));
		preparation(phases, say, day(2016, 6, 6), "الجهة", "la région");
		phases.add(act(ProgramPhase.ADOPTION, day(2017, 3, 6), "12/2017",
				"Délibération du conseil régional, session ordinaire de mars 2017"));
		phases.add(act(ProgramPhase.APPROVAL, day(2017, 7, 18), "DGCT/2017/087", "Visa du ministère de l'Intérieur"));
		phases.add(execution(say, day(2017, 8, 1)));
		phases.add(done(ProgramPhase.UPDATE, day(2019, 7, 1), day(2019, 7, 8),
				"Mise à jour à mi-parcours, session ordinaire de juillet 2019"));
		return phases;
	}

	static List<PhaseRecord> communal2022(int index, boolean french) {
		Say say = new Say(french);
		LocalDate meeting = day(2021, 12, 6 + 3 * index);
		return List.of(
				done(ProgramPhase.INFORMATION_CONSULTATION, meeting, meeting,
						say.of("لقاء إخباري وتشاوري مع السكان وجمعيات المجتمع المدني حول إعداد برنامج عمل الجماعة 2022–2027",
								"Réunion d'information et de concertation avec la population et les associations sur le programme d'action 2022–2027")),
				done(ProgramPhase.PREVIOUS_EVALUATION, day(2021, 12, 15).plusDays(index), day(2022, 2, 15).plusDays(2 * index),
						say.of("تقييم تنفيذ برنامج عمل الجماعة 2016–2021: المشاريع المنجزة وغير المنجزة وأسباب التعثر والمشاريع المرحلة",
								"Évaluation de l'exécution du programme d'action 2016–2021 : projets réalisés, non réalisés, causes et reports")));
	}

	/** The prefecture's meeting of 30 November 2021 (press report) opens its 2022–2027 program. */
	static List<PhaseRecord> prefectural2022() {
		return List.of(
				done(ProgramPhase.INFORMATION_CONSULTATION, day(2021, 11, 30), day(2021, 11, 30),
						"لقاء تواصلي بمقر عمالة إنزكان أيت ملول مع أعضاء مكتب جهة سوس ماسة ورؤساء الجماعات الترابية وبعض الفاعلين "
								+ "الاقتصاديين: توحيد الرؤى والأهداف، وتحديد الأولويات والآفاق الزمنية لتدخلات كافة الفاعلين، "
								+ "وتقليص العجز الاجتماعي والتفاوتات الترابية وتحسين الجاذبية الاقتصادية"),
				done(ProgramPhase.PREVIOUS_EVALUATION, day(2021, 12, 1), day(2022, 2, 28),
						"تقييم ومراجعة ما تم إنجازه في برامج عمل الجماعات الترابية خلال الفترة الانتدابية الماضية للوقوف على "
								+ "إكراهات التنزيل ومعيقات تنفيذ المشاريع: هل يتعلق الأمر بالتمويل وتعبئة الموارد أم بالحكامة "
								+ "والتنسيق بين الجماعات الترابية والقطاعات الحكومية؟"));
	}

	static List<PhaseRecord> regional2022() {
		return List.of(
				done(ProgramPhase.INFORMATION_CONSULTATION, day(2021, 11, 15), day(2021, 12, 20),
						"Rencontres de communication dans les préfectures et provinces de la région, dont celle d'Inezgane-Aït "
								+ "Melloul le 30 novembre 2021 avec le bureau du conseil régional, les présidents des communes et "
								+ "des acteurs économiques"),
				done(ProgramPhase.PREVIOUS_EVALUATION, day(2021, 12, 1), day(2022, 3, 31),
						"Évaluation de l'exécution du PDR 2016–2021 : projets achevés et non exécutés, causes (financement, "
								+ "gouvernance, foncier…), projets à reporter, en première étape de l'élaboration"));
	}

	/** Diagnosis, priorities, resources and spending, program document: about six months of work. */
	private static void preparation(List<PhaseRecord> phases, Say say, LocalDate from, String ofAr, String ofFr) {
		phases.add(done(ProgramPhase.DIAGNOSIS, from, from.plusDays(67),
				say.of("تشخيص تشاركي لحاجيات وإمكانيات " + ofAr, "Diagnostic participatif des besoins et potentialités de " + ofFr)));
		phases.add(done(ProgramPhase.PRIORITIES, from.plusDays(70), from.plusDays(102),
				say.of("ترتيب الأولويات مع المصالح الخارجية والمجتمع المدني",
						"Hiérarchisation des priorités avec les services extérieurs et la société civile")));
		phases.add(done(ProgramPhase.RESOURCES_AND_SPENDING, from.plusDays(105), from.plusDays(130),
				say.of("تقدير الموارد والنفقات للسنوات الثلاث الأولى",
						"Estimation des ressources et des dépenses des trois premières années")));
		phases.add(done(ProgramPhase.PROGRAM_DOCUMENT, from.plusDays(133), from.plusDays(172),
				say.of("إعداد وثيقة البرنامج", "Rédaction du document du programme")));
	}

	private static PhaseRecord execution(Say say, LocalDate from) {
		return done(ProgramPhase.EXECUTION, from, MANDATE_END,
				say.of("تنفيذ البرنامج وتتبعه إلى نهاية الفترة الانتدابية", "Exécution et suivi du programme jusqu'à la fin du mandat"));
	}

	private static PhaseRecord done(ProgramPhase phase, LocalDate started, LocalDate completed, String note) {
		return new PhaseRecord(phase, started, completed, null, null, note, null, null);
	}

	private static PhaseRecord act(ProgramPhase phase, LocalDate on, String number, String note) {
		return new PhaseRecord(phase, on, on, number, on, note, null, null);
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, 1).plusDays(day - 1);
	}

	private record Say(boolean french) {

		String of(String ar, String fr) {
			return french ? fr : ar;
		}
	}

	private PhasePlans() {
	}
}
