package ma.tanmia.bench.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * What synthetic programs and projects are made of: the kinds of projects communal, provincial and
 * regional programs carry (sector, competence, titles in both languages, typical cost and duration,
 * where they sit in each kind of program, who co-finances them), the places they serve, the axes of
 * each kind of program, blocking causes and the comments of progress reports.
 *
 * <p>Titles are built like real ones ("Ouverture et aménagement de la piste du douar Aït Baha") so
 * the trigram search meets realistic words: a frequent one ({@code piste}), an Arabic one
 * ({@code مستوصف}), place names shared by many communes.
 */
final class ProjectCatalogue {

	private ProjectCatalogue() {
	}

	/**
	 * One kind of project. {@code fr} and {@code ar} hold {@code {l}} for the place; {@code pac},
	 * {@code pdp}, {@code pdr} are the node codes it is filed under in each kind of program
	 * ({@code A5} falls back to {@code A4} in rural communes, which have no governance axis);
	 * {@code partners} are the co-financing sources besides the program owner's budget.
	 */
	record Type(String key, String sector, String competence, String fr, String ar, int medianThousands, int months,
			String pac, String pdp, String pdr, double ruralWeight, double urbanWeight, List<String> partners) {
	}

	/** A douar (rural) or a quarter (urban), as written after "douar"/"quartier" and "دوار"/"حي". */
	record Place(String fr, String ar, boolean urban) {

		String locationFr() {
			return (urban ? "quartier " : "douar ") + fr;
		}

		String locationAr() {
			return (urban ? "حي " : "دوار ") + ar;
		}
	}

	/** An axis (no parent) or a sub-program of a program. */
	record Axis(String code, String parent, String fr, String ar) {
	}

	static final List<Type> TYPES = List.of(
			type("ROAD", "ROADS", "OWN", "Aménagement et revêtement de la voirie du {l}", "تهيئة وتبليط طرق {l}", 6_000, 14,
					"A1.1", "P1", "R1", 0.5, 2.0, "REGION", "FEC"),
			type("TRACK", "ROADS", "OWN", "Ouverture et aménagement de la piste du {l}", "فتح وتهيئة مسلك {l}", 4_000, 12,
					"A1.1", "P1", "R3.1", 2.0, 0.1, "FDR", "REGION", "PREF_PROV"),
			type("LIGHT", "ELECTRICITY", "OWN", "Généralisation de l'éclairage public au {l}", "تعميم الإنارة العمومية ب{l}",
					1_500, 8, "A1.2", "P2", "R1", 0.7, 1.5, "FEC"),
			type("ELECTRIF", "ELECTRICITY", "SHARED", "Raccordement du {l} au réseau électrique", "ربط {l} بشبكة الكهرباء",
					2_500, 12, "A1.2", "P2", "R3.1", 1.2, 0.2, "ONEE", "PREF_PROV"),
			type("WATER", "WATER", "SHARED", "Alimentation en eau potable du {l}", "تزويد {l} بالماء الصالح للشرب", 4_000, 14,
					"A1.2", "P2", "R3.1", 1.5, 0.4, "ONEE", "INDH", "FDR"),
			type("CONNECT", "WATER", "SHARED", "Branchements sociaux aux réseaux d'eau et d'assainissement au {l}",
					"الربط الاجتماعي بشبكتي الماء والتطهير ب{l}", 3_000, 12, "A1.2", "P2", "R5", 0.4, 1.2, "INDH", "PARTNER"),
			type("SANIT", "SANITATION", "SHARED", "Réalisation du réseau d'assainissement liquide du {l}",
					"إنجاز شبكة التطهير السائل ب{l}", 12_000, 18, "A1.2", "P2", "R5", 0.5, 1.2, "PARTNER", "REGION", "STATE"),
			type("SPORT", "SPORT_YOUTH", "OWN", "Création d'un terrain de sport de proximité au {l}",
					"إحداث ملعب رياضي للقرب ب{l}", 1_500, 6, "A2.1", "P3", "R4", 0.8, 1.2, "STATE", "INDH"),
			type("YOUTH", "SPORT_YOUTH", "SHARED", "Construction et équipement d'une maison de jeunes au {l}",
					"بناء وتجهيز دار الشباب ب{l}", 5_000, 18, "A2.1", "P3", "R4", 0.3, 0.8, "STATE", "INDH"),
			type("CULTURE", "CULTURE", "SHARED", "Construction d'un centre culturel au {l}", "بناء مركز ثقافي ب{l}", 9_000, 24,
					"A2.1", "P3", "R4", 0.1, 0.6, "STATE", "REGION"),
			type("DISPENSARY", "HEALTH", "SHARED", "Construction et équipement d'un dispensaire rural au {l}",
					"بناء وتجهيز مستوصف قروي ب{l}", 3_500, 16, "A2.2", "P3.1", "R4", 1.0, 0.1, "STATE", "INDH"),
			type("HEALTH", "HEALTH", "SHARED", "Construction et équipement d'un centre de santé au {l}",
					"بناء وتجهيز مركز صحي ب{l}", 8_000, 20, "A2.2", "P3.1", "R4", 0.2, 0.7, "STATE", "INDH"),
			type("BUS", "EDUCATION", "SHARED", "Acquisition de bus de transport scolaire pour le {l}",
					"اقتناء حافلات للنقل المدرسي لفائدة {l}", 900, 4, "A2.2", "P3.2", "R4", 1.0, 0.2, "INDH", "PREF_PROV"),
			type("SCHOOL", "EDUCATION", "SHARED", "Construction d'une école communautaire au {l}", "بناء مدرسة جماعاتية ب{l}",
					7_000, 18, "A2.2", "P3.2", "R4", 0.6, 0.4, "STATE", "INDH"),
			type("WOMEN", "SOCIAL", "OWN", "Construction d'un foyer féminin au {l}", "بناء دار المرأة ب{l}", 2_000, 12, "A2.2",
					"P3", "R4", 0.6, 0.6, "INDH", "PARTNER"),
			type("SQUARE", "URBAN", "OWN", "Aménagement d'une place publique et d'espaces verts au {l}",
					"تهيئة ساحة عمومية ومساحات خضراء ب{l}", 5_000, 12, "A4", "P4", "R5", 0.2, 1.2, "REGION", "STATE"),
			type("SOUK", "ECONOMY", "OWN", "Mise à niveau du souk hebdomadaire du {l}", "تأهيل السوق الأسبوعي ب{l}", 4_000, 14,
					"A3", "P4", "R2", 0.6, 0.3, "REGION", "PREF_PROV"),
			type("IRRIGATION", "AGRICULTURE", "SHARED", "Réhabilitation des séguias d'irrigation du {l}",
					"تأهيل سواقي الري ب{l}", 3_000, 10, "A3", "P4", "R3", 0.9, 0.0, "STATE", "FDR"),
			type("TOURISM", "TOURISM", "SHARED", "Aménagement d'un circuit touristique au {l}", "تهيئة مسار سياحي ب{l}", 6_000,
					16, "A3", "P4", "R2", 0.2, 0.3, "REGION", "PARTNER"),
			type("WASTE", "ENVIRONMENT", "OWN", "Collecte des déchets ménagers et fermeture de la décharge du {l}",
					"جمع النفايات المنزلية وإغلاق مطرح {l}", 7_000, 12, "A4", "P2", "R5", 0.3, 0.8, "STATE", "REGION"),
			type("FLOOD", "ENVIRONMENT", "SHARED", "Protection du {l} contre les inondations", "حماية {l} من الفيضانات", 10_000,
					18, "A4", "P2", "R5", 0.5, 0.5, "STATE", "REGION"),
			type("DIGITAL", "ADMINISTRATION", "OWN", "Numérisation de l'état civil de l'annexe du {l}",
					"رقمنة الحالة المدنية بملحقة {l}", 800, 8, "A5", "P4", "R2", 0.2, 0.6, "STATE"));

	private static final String[][] RURAL_PREFIXES = { { "Aït", "آيت" }, { "Oulad", "أولاد" }, { "Tizi", "تيزي" },
			{ "Ighil", "إغيل" }, { "Tala", "تالا" }, { "Sidi", "سيدي" }, { "Aïn", "عين" } };

	private static final String[][] ROOTS = { { "Baha", "باها" }, { "Ourir", "أورير" }, { "Amer", "عامر" },
			{ "Hssain", "حساين" }, { "Brahim", "براهيم" }, { "Moussa", "موسى" }, { "Lahcen", "لحسن" }, { "Ouzzine", "وزين" },
			{ "Tamri", "تامري" }, { "Issafen", "إيسافن" }, { "Boubker", "بوبكر" }, { "Yahya", "يحيى" }, { "Ali", "علي" },
			{ "Hammou", "حمو" }, { "Saïd", "سعيد" }, { "Mimoun", "ميمون" }, { "Abdellah", "عبد الله" }, { "Omar", "عمر" },
			{ "Oumlil", "أومليل" }, { "Tagmout", "تاكموت" }, { "Idir", "إيدير" }, { "Larbi", "العربي" }, { "Rahal", "رحال" },
			{ "Jilali", "الجيلالي" }, { "Haddou", "حدو" }, { "Mansour", "منصور" }, { "Zekri", "زكري" }, { "Bouzid", "بوزيد" },
			{ "Taleb", "الطالب" }, { "Daoud", "داود" } };

	private static final String[][] QUARTERS = { { "Al Massira", "المسيرة" }, { "Al Qods", "القدس" }, { "Al Amal", "الأمل" },
			{ "Essalam", "السلام" }, { "Nahda", "النهضة" }, { "Al Wahda", "الوحدة" }, { "Al Hassani", "الحسني" },
			{ "Al Farah", "الفرح" }, { "Anassi", "أناسي" }, { "Essaada", "السعادة" }, { "Al Inbiaat", "الانبعاث" },
			{ "Riad", "الرياض" }, { "Al Manar", "المنار" }, { "Al Fath", "الفتح" }, { "Al Moustakbal", "المستقبل" },
			{ "Al Andalous", "الأندلس" }, { "Hay Mohammadi", "المحمدي" }, { "Al Matar", "المطار" }, { "Dakhla", "الداخلة" },
			{ "Al Fida", "الفداء" }, { "Sidi Moumen", "سيدي مومن" }, { "Al Irfane", "العرفان" }, { "Lakhyayta", "الخيايطة" },
			{ "Oued Eddahab", "وادي الذهب" } };

	/** 210 douars (7 prefixes × 30 roots). */
	static final List<Place> RURAL_PLACES = rural();

	/** 72 quarters (24 names, plain and numbered 2 and 3). */
	static final List<Place> URBAN_PLACES = urban();

	static List<Axis> axes(String kind, boolean urbanCommune) {
		List<Axis> axes = new ArrayList<>();
		switch (kind) {
			case "PAC" -> {
				axes.add(new Axis("A1", null, "Infrastructures et équipements de base", "البنيات التحتية والتجهيزات الأساسية"));
				axes.add(new Axis("A1.1", "A1", urbanCommune ? "Voirie urbaine" : "Désenclavement : routes et pistes",
						urbanCommune ? "الطرق والأزقة" : "فك العزلة: الطرق والمسالك"));
				axes.add(new Axis("A1.2", "A1", "Réseaux : eau, assainissement, électricité et éclairage",
						"الشبكات: الماء والتطهير والكهرباء والإنارة"));
				axes.add(new Axis("A2", null, "Développement social, sportif et culturel", "التنمية الاجتماعية والرياضية والثقافية"));
				axes.add(new Axis("A2.1", "A2", "Sport, jeunesse et culture", "الرياضة والشباب والثقافة"));
				axes.add(new Axis("A2.2", "A2", "Services de proximité : santé, éducation, femmes",
						"خدمات القرب: الصحة والتعليم والمرأة"));
				axes.add(new Axis("A3", null, urbanCommune ? "Développement économique et attractivité"
						: "Développement économique et agricole",
						urbanCommune ? "التنمية الاقتصادية وتحسين الجاذبية" : "التنمية الاقتصادية والفلاحية"));
				axes.add(new Axis("A4", null, "Environnement et cadre de vie", "البيئة وتحسين إطار العيش"));
				if (urbanCommune) {
					axes.add(new Axis("A5", null, "Gouvernance et modernisation de l'administration communale",
							"الحكامة وتحديث الإدارة الجماعية"));
				}
			}
			case "PDP" -> {
				axes.add(new Axis("P1", null, "Désenclavement et infrastructures routières", "فك العزلة وتقوية البنيات الطرقية"));
				axes.add(new Axis("P2", null, "Eau, électricité et assainissement en milieu rural et périurbain",
						"الماء والكهرباء والتطهير بالوسط القروي وشبه الحضري"));
				axes.add(new Axis("P3", null, "Développement social et humain", "التنمية الاجتماعية والبشرية"));
				axes.add(new Axis("P3.1", "P3", "Santé", "الصحة"));
				axes.add(new Axis("P3.2", "P3", "Scolarisation et transport scolaire", "التمدرس والنقل المدرسي"));
				axes.add(new Axis("P4", null, "Activités économiques et emploi", "الأنشطة الاقتصادية والتشغيل"));
			}
			case "PDR" -> {
				axes.add(new Axis("R1", null, "Infrastructures et équipements structurants", "البنيات التحتية والتجهيزات المهيكلة"));
				axes.add(new Axis("R2", null, "Développement économique, investissement et emploi",
						"التنمية الاقتصادية وتحفيز الاستثمار والتشغيل"));
				axes.add(new Axis("R3", null, "Développement rural et réduction des disparités territoriales",
						"التنمية القروية وتقليص الفوارق المجالية"));
				axes.add(new Axis("R3.1", "R3", "Réduction des disparités territoriales et sociales en milieu rural",
						"برنامج تقليص الفوارق المجالية والاجتماعية بالوسط القروي"));
				axes.add(new Axis("R4", null, "Développement social", "التنمية الاجتماعية"));
				axes.add(new Axis("R5", null, "Environnement et développement durable", "البيئة والتنمية المستدامة"));
			}
			default -> throw new IllegalArgumentException(kind);
		}
		return axes;
	}

	/** Blocking causes by family, with the family's share of the blocked projects. */
	static final String[][] CAUSES = {
			{ "FINANCING", "0.30", "PARTNER_CONTRIBUTION_UNPAID", "BUDGET_NOT_MOBILIZED", "COST_OVERRUN", "LOAN_NOT_OBTAINED" },
			{ "GOVERNANCE", "0.24", "SECTOR_COORDINATION", "UNCLEAR_OWNERSHIP", "APPROVAL_DELAY", "AGREEMENT_NOT_SIGNED" },
			{ "LAND", "0.12", "LAND_NOT_SECURED", "LAND_DISPUTE" },
			{ "STUDIES", "0.08", "STUDIES_NOT_DONE", "STUDIES_TO_REVISE" },
			{ "PROCUREMENT", "0.10", "TENDER_UNSUCCESSFUL", "TENDER_APPEAL" },
			{ "CONTRACTOR", "0.10", "CONTRACTOR_DEFAULT", "CONTRACTOR_DELAY" },
			{ "TECHNICAL", "0.05", "TECHNICAL_CONSTRAINT", "NETWORK_CONNECTION" },
			{ "OTHER", "0.01", "OTHER" } };

	static final String[] PREPARATION_COMMENTS = { "Fiche technique du projet établie", "Études techniques en cours",
			"Dossier d'appel d'offres en préparation", "Appel d'offres lancé", "إعداد ملف طلب العروض",
			"الدراسات التقنية في طور الإنجاز", "في انتظار تأشيرة المصالح المختصة" };

	static final String[] WORKS_COMMENTS = { "Travaux en cours conformément au planning", "Retard dû aux intempéries",
			"Cadence des travaux à renforcer", "Ordre de service de démarrage notifié", "الأشغال في طور الإنجاز وفق البرمجة",
			"تأخر بسبب الظروف المناخية", "تم تبليغ الأمر بالشروع في الأشغال" };

	static final String[] HELD_COMMENTS = { "Travaux arrêtés en attente de la contribution du partenaire",
			"Litige foncier non résolu", "Entreprise défaillante, mise en demeure adressée", "في انتظار تعبئة مساهمة الشريك",
			"توقف الأشغال بسبب نزاع عقاري", "تعثر المقاولة وتوجيه إنذار" };

	static final String[] DONE_COMMENTS = { "Réception provisoire prononcée", "Projet achevé et mis en service",
			"تم التسلم المؤقت", "تم إنجاز المشروع ودخل حيز الاستغلال" };

	private static Type type(String key, String sector, String competence, String fr, String ar, int medianThousands,
			int months, String pac, String pdp, String pdr, double rural, double urban, String... partners) {
		return new Type(key, sector, competence, fr, ar, medianThousands, months, pac, pdp, pdr, rural, urban,
				List.of(partners));
	}

	private static List<Place> rural() {
		List<Place> places = new ArrayList<>();
		for (String[] prefix : RURAL_PREFIXES) {
			for (String[] root : ROOTS) {
				places.add(new Place(prefix[0] + " " + root[0], prefix[1] + " " + root[1], false));
			}
		}
		return List.copyOf(places);
	}

	private static List<Place> urban() {
		List<Place> places = new ArrayList<>();
		for (String suffix : new String[] { "", " 2", " 3" }) {
			for (String[] name : QUARTERS) {
				places.add(new Place(name[0] + suffix, name[1] + suffix, true));
			}
		}
		return List.copyOf(places);
	}
}
