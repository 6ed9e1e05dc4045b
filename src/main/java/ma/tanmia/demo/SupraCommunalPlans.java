package ma.tanmia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ma.tanmia.program.ProgramKind;
import ma.tanmia.project.Competence;
import ma.tanmia.shared.LocalizedName;

/**
 * The prefecture's development program 2016–2021 and the slice of the Souss-Massa regional program
 * 2016–2021 located in Inezgane-Aït Melloul: projects written one by one, since each is a story of
 * its own (the logistics zone and the industrial zone extension of the press report were delivered).
 */
final class SupraCommunalPlans {

	static final ProgramSpec PDP_2016 = new ProgramSpec("PDP-INE-2016", ProgramKind.PDP, "2016-2021", "MA-INE", "CP-INE",
			new LocalizedName("برنامج التنمية لعمالة إنزكان أيت ملول 2016–2021 (بيانات تجريبية)",
					"Programme de développement préfectoral d'Inezgane-Aït Melloul 2016–2021 (démonstration)", null),
			DemoAxes.prefectural(), false, 0.60);

	static final ProgramSpec PDR_2016 = new ProgramSpec("PDR-SM-2016", ProgramKind.PDR, "2016-2021", "MA-09", "CR-SM",
			new LocalizedName("برنامج التنمية الجهوية لسوس ماسة 2016–2021، الشق المتعلق بعمالة إنزكان أيت ملول (بيانات تجريبية)",
					"Programme de développement régional Souss-Massa 2016–2021, volet Inezgane-Aït Melloul (démonstration)",
					null),
			DemoAxes.regional2016(), true, 0.53);

	static List<ProjectSpec> prefectural() {
		Builder b = new Builder(PDP_2016, "CP-INE");
		b.add("P1", "ROADS", Competence.SHARED, "MA-INE-04", 38_000, "2017-09", 24, "PREF_PROV:30,REGION:40,STATE:30",
				"تثنية الطريق الإقليمية الرابطة بين أيت ملول والقليعة",
				"Dédoublement de la route provinciale Aït Melloul – Lqliâa");
		b.add("P1", "ROADS", Competence.SHARED, "MA-INE-05", 24_000, "2018-03", 20, "PREF_PROV:30,REGION:30,FDR:40",
				"تهيئة الطريق الرابطة بين التمسية وأولاد دحو", "Aménagement de la route Temsia – Oulad Dahou");
		b.add("P1", "ROADS", Competence.OWN, "MA-INE-06", 12_500, "2018-06", 18, "PREF_PROV:40,FDR:60",
				"فتح وتهيئة المسالك القروية بجماعة أولاد دحو",
				"Ouverture et aménagement des pistes rurales de la commune d'Oulad Dahou");
		b.add("P1", "ROADS", Competence.SHARED, "MA-INE-04", 9_000, "2019-01", 14, "PREF_PROV:50,STATE:50",
				"بناء منشأة فنية لعبور الشعبة بالقليعة", "Construction d'un ouvrage de franchissement de chaâba à Lqliâa");
		b.add("P2", "WATER", Competence.SHARED, "MA-INE-05", 18_000, "2017-10", 20, "PREF_PROV:20,ONEE:50,INDH:30",
				"تزويد دواوير جماعة التمسية بالماء الصالح للشرب",
				"Alimentation en eau potable des douars de la commune de Temsia");
		b.add("P2", "ELECTRICITY", Competence.SHARED, "MA-INE-06", 8_000, "2018-01", 14, "PREF_PROV:30,ONEE:70",
				"تعميم الكهرباء بدواوير جماعة أولاد دحو", "Généralisation de l'électrification des douars d'Oulad Dahou");
		b.add("P2", "SANITATION", Competence.SHARED, "MA-INE-04", 30_000, "2018-09", 24,
				"PREF_PROV:20,PARTNER:40,STATE:40", "التطهير السائل بالأحياء ناقصة التجهيز بالقليعة",
				"Assainissement liquide des quartiers sous-équipés de Lqliâa");
		b.add("P2", "SANITATION", Competence.SHARED, "MA-INE-05", 22_000, "2019-03", 24, "PREF_PROV:20,ONEE:50,REGION:30",
				"التطهير السائل بمركز التمسية", "Assainissement liquide du centre de Temsia");
		// The health delegation executes the two shared health facilities: its focal point (sector.health)
		// keeps their execution up to date.
		b.executing("DRS-SM").add("P3.1", "HEALTH", Competence.SHARED, "MA-INE-05", 6_500, "2018-04", 18,
				"PREF_PROV:30,STATE:40,INDH:30",
				"بناء وتجهيز دار الولادة بالتمسية", "Construction et équipement d'une maison d'accouchement à Temsia");
		b.add("P3.1", "HEALTH", Competence.SHARED, "MA-INE-02", 9_000, "2018-10", 16, "PREF_PROV:30,INDH:40,STATE:30",
				"إحداث مركز لتصفية الدم بأيت ملول", "Création d'un centre d'hémodialyse à Aït Melloul");
		b.executing("CP-INE").add("P3.1", "HEALTH", Competence.OWN, "MA-INE", 3_200, "2017-06", 6, "PREF_PROV:100",
				"اقتناء سيارات إسعاف لفائدة جماعات العمالة", "Acquisition d'ambulances pour les communes de la préfecture");
		b.add("P3.2", "EDUCATION", Competence.SHARED, "MA-INE", 6_000, "2017-09", 12, "PREF_PROV:40,INDH:60",
				"النقل المدرسي لفائدة تلاميذ الوسط القروي بالعمالة",
				"Transport scolaire des élèves du milieu rural de la préfecture");
		b.add("P3.2", "EDUCATION", Competence.SHARED, "MA-INE-06", 5_500, "2019-02", 18, "PREF_PROV:30,INDH:50,STATE:20",
				"بناء دار الطالبة بأولاد دحو", "Construction d'une maison de l'étudiante (Dar Taliba) à Oulad Dahou");
		b.add("P3.2", "EDUCATION", Competence.SHARED, "MA-INE-03", 14_000, "2018-09", 22, "STATE:70,PREF_PROV:30",
				"بناء ثانوية إعدادية بالدشيرة الجهادية", "Construction d'un collège à Dcheïra El Jihadia");
		b.add("P3", "SPORT_YOUTH", Competence.SHARED, "MA-INE-01", 11_000, "2018-05", 20, "PREF_PROV:30,STATE:40,INDH:30",
				"بناء مركب سوسيو رياضي للقرب بإنزكان", "Construction d'un complexe socio-sportif de proximité à Inezgane");
		b.add("P3", "SOCIAL", Competence.SHARED, "MA-INE-03", 7_000, "2019-04", 18, "PREF_PROV:30,INDH:50,STATE:20",
				"بناء مركز لاستقبال الأشخاص في وضعية إعاقة بالدشيرة الجهادية",
				"Centre d'accueil des personnes en situation de handicap à Dcheïra El Jihadia");
		b.add("P4", "ECONOMY", Competence.SHARED, "MA-INE-04", 35_000, "2018-11", 30, "PREF_PROV:20,REGION:50,PARTNER:30",
				"تهيئة منطقة للأنشطة الاقتصادية بالقليعة", "Aménagement d'une zone d'activités économiques à Lqliâa");
		b.add("P4", "ECONOMY", Competence.SHARED, "MA-INE-01", 15_000, "2018-02", 18, "PREF_PROV:20,INDH:50,COMMUNE:30",
				"بناء سوق للقرب لإعادة إيواء الباعة الجائلين بإنزكان",
				"Marché de proximité pour la réinstallation des marchands ambulants à Inezgane");
		b.executing("CPDH-INE").add("P4", "ECONOMY", Competence.SHARED, "MA-INE-02", 4_000, "2019-06", 12,
				"INDH:80,PREF_PROV:20", "منصة الشباب بأيت ملول لمواكبة حاملي المشاريع",
				"Plateforme des jeunes d'Aït Melloul pour l'accompagnement des porteurs de projets");
		b.executing("CP-INE").add("P4", "ECONOMY", Competence.OWN, "MA-INE-05", 10_000, "2019-09", 16,
				"PREF_PROV:50,REGION:50", "بناء سوق أسبوعي نموذجي بالتمسية", "Construction d'un souk hebdomadaire modèle à Temsia");
		return b.projects;
	}

	static List<ProjectSpec> regional() {
		Builder b = new Builder(PDR_2016, "CR-SM");
		b.pinned().add("R2", "ECONOMY", Competence.SHARED, "MA-INE", 150_000, "2018-01", 30, "REGION:40,STATE:40,PARTNER:20",
				"إحداث المنطقة اللوجستيكية بعمالة إنزكان أيت ملول", "Création de la zone logistique d'Inezgane-Aït Melloul");
		b.pinned().add("R2", "ECONOMY", Competence.SHARED, "MA-INE-02", 120_000, "2017-10", 36,
				"REGION:40,STATE:30,PARTNER:30", "توسيع المنطقة الصناعية لأيت ملول",
				"Extension de la zone industrielle d'Aït Melloul");
		b.add("R2", "ECONOMY", Competence.SHARED, "MA-INE-01", 60_000, "2018-06", 30, "REGION:40,COMMUNE:30,STATE:30",
				"تأهيل سوق الجملة للخضر والفواكه بإنزكان",
				"Mise à niveau du marché de gros de fruits et légumes d'Inezgane");
		b.add("R2", "EDUCATION", Competence.SHARED, "MA-INE-02", 45_000, "2018-09", 30, "REGION:40,STATE:40,PARTNER:20",
				"بناء مركز للتكوين المهني في مهن السيارات واللوجستيك بأيت ملول",
				"Centre de formation professionnelle aux métiers de l'automobile et de la logistique à Aït Melloul");
		b.add("R2", "ECONOMY", Competence.SHARED, "MA-INE-01", 25_000, "2019-01", 24, "REGION:50,STATE:50",
				"إحداث مركب للصناعة التقليدية بإنزكان", "Création d'un complexe d'artisanat à Inezgane");
		b.add("R1", "ROADS", Competence.SHARED, "MA-INE", 85_000, "2018-04", 36, "REGION:50,STATE:50",
				"توسيع الطريق الرابطة بين أيت ملول ومطار أكادير المسيرة",
				"Élargissement de la route Aït Melloul – aéroport Agadir Al Massira");
		b.add("R3.1", "ROADS", Competence.SHARED, "MA-INE-05", 28_000, "2018-03", 24, "REGION:40,FDR:60",
				"تأهيل الطرق والمسالك القروية بجماعة التمسية", "Mise à niveau des routes et pistes rurales de Temsia");
		b.add("R3.1", "WATER", Competence.SHARED, "MA-INE-06", 16_000, "2018-07", 20, "REGION:30,FDR:40,ONEE:30",
				"تزويد دواوير أولاد دحو بالماء الصالح للشرب", "Alimentation en eau potable des douars d'Oulad Dahou");
		b.add("R3.1", "EDUCATION", Competence.SHARED, "MA-INE-06", 18_000, "2019-01", 24, "REGION:30,STATE:50,FDR:20",
				"بناء مدرسة جماعاتية بأولاد دحو", "Construction d'une école communautaire à Oulad Dahou");
		b.add("R3", "URBAN", Competence.SHARED, "MA-INE-05", 30_000, "2018-10", 30, "REGION:50,PREF_PROV:20,COMMUNE:30",
				"تأهيل المركز الصاعد للتمسية", "Mise à niveau du centre émergent de Temsia");
		b.add("R4", "SPORT_YOUTH", Competence.SHARED, "MA-INE-03", 22_000, "2018-05", 24, "REGION:50,STATE:50",
				"بناء قاعة مغطاة متعددة الرياضات بالدشيرة الجهادية",
				"Construction d'une salle omnisports couverte à Dcheïra El Jihadia");
		b.executing("DRS-SM").add("R4", "HEALTH", Competence.SHARED, "MA-INE-01", 90_000, "2018-01", 36,
				"REGION:30,STATE:70",
				"توسيع وتأهيل المستشفى الإقليمي لإنزكان", "Extension et mise à niveau de l'hôpital préfectoral d'Inezgane");
		b.executing("CR-SM");
		b.add("R5", "ENVIRONMENT", Competence.SHARED, "MA-INE-01", 70_000, "2018-09", 30, "REGION:30,STATE:50,COMMUNE:20",
				"حماية مدينة إنزكان من فيضانات واد سوس", "Protection d'Inezgane contre les crues de l'oued Souss");
		b.add("R5", "ENVIRONMENT", Competence.SHARED, "MA-INE", 55_000, "2019-02", 30, "REGION:40,PARTNER:40,STATE:20",
				"إعادة استعمال المياه العادمة المعالجة في سقي المساحات الخضراء",
				"Réutilisation des eaux usées épurées pour l'arrosage des espaces verts");
		b.add("R5", "ENVIRONMENT", Competence.SHARED, "MA-INE-02", 35_000, "2019-05", 24, "REGION:50,STATE:30,COMMUNE:20",
				"تهيئة ممر أخضر على ضفاف واد سوس بأيت ملول",
				"Aménagement d'une coulée verte sur les berges de l'oued Souss à Aït Melloul");
		return b.projects;
	}

	/** Writes projects of one program in order, numbering their codes. */
	static final class Builder {

		private final ProgramSpec program;
		private final List<ProjectSpec> projects = new ArrayList<>();
		private String executing;
		private boolean pinned;
		private int offset;

		Builder(ProgramSpec program, String executing) {
			this.program = program;
			this.executing = executing;
		}

		Builder executing(String organization) {
			this.executing = organization;
			return this;
		}

		/** Numbers the next projects after {@code count} others already in the program. */
		Builder skip(int count) {
			this.offset = count;
			return this;
		}

		/** The next project is known to have been completed (the press report says so). */
		Builder pinned() {
			this.pinned = true;
			return this;
		}

		Builder add(String node, String sector, Competence competence, String territory, int thousands, String start,
				int months, String mix, String ar, String fr) {
			LocalDate planned = YearMonth.parse(start).atDay(1);
			projects.add(new ProjectSpec(program.code() + "-P%02d".formatted(offset + projects.size() + 1), program, node,
					new LocalizedName(ar, fr, null), sector, competence, territory, executing,
					BigDecimal.valueOf(thousands * 1000L).setScale(2), ProjectSpec.mix(mix), planned,
					planned.plusMonths(months).minusDays(1), pinned));
			pinned = false;
			return this;
		}

		List<ProjectSpec> projects() {
			return projects;
		}
	}

	private SupraCommunalPlans() {
	}
}
