package ma.tanmia.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.tanmia.project.Competence;

/**
 * The kinds of projects communal action programs of the prefecture carry, with realistic cost
 * ranges (MAD), durations and co-financing. {@code {p}} in a title is a quarter or a douar, written
 * so that Arabic attaches its preposition ({@code ب}) and French its article ({@code au}, {@code du}).
 */
final class ProjectTypes {

	/**
	 * One kind of project. {@code node} is the axis or sub-program code of the communal programs
	 * (see {@link DemoAxes#communal}); {@code executing} is null when the commune executes itself.
	 */
	record Type(String key, String sector, Competence competence, String ar, String fr, int minThousands,
			int maxThousands, int months, String node, String mix, String executing) {

		boolean needsPlace() {
			return ar.contains("{p}");
		}
	}

	static final Map<String, Type> ALL = new LinkedHashMap<>();

	private static void type(String key, String sector, Competence competence, String ar, String fr, int min, int max,
			int months, String node, String mix) {
		type(key, sector, competence, ar, fr, min, max, months, node, mix, null);
	}

	private static void type(String key, String sector, Competence competence, String ar, String fr, int min, int max,
			int months, String node, String mix, String executing) {
		ALL.put(key, new Type(key, sector, competence, ar, fr, min, max, months, node, mix, executing));
	}

	static {
		Competence own = Competence.OWN;
		Competence shared = Competence.SHARED;
		// Infrastructure and networks. In the urban communes water and sanitation are RAMSA's
		// (régie of Grand Agadir, funding source PARTNER); in the rural ones ONEE's.
		type("ROAD", "ROADS", own, "تهيئة وتبليط الطرق والأزقة ب{p}", "Aménagement et revêtement de la voirie au {p}",
				3_000, 22_000, 14, "A1.1", "COMMUNE:50,REGION:30,FEC:20");
		type("TRACK", "ROADS", own, "فتح وتهيئة المسلك الرابط بين {p} ومركز الجماعة",
				"Ouverture et aménagement de la piste reliant le {p} au centre de la commune", 2_000, 12_000, 12, "A1.1",
				"COMMUNE:20,FDR:50,REGION:30");
		type("LIGHT", "ELECTRICITY", own, "تعميم الإنارة العمومية ب{p}", "Généralisation de l'éclairage public au {p}",
				800, 5_000, 8, "A1.2", "COMMUNE:100");
		type("LED", "ELECTRICITY", own, "ترشيد استهلاك الطاقة في الإنارة العمومية باعتماد مصابيح LED",
				"Rationalisation de l'éclairage public par des lampes LED", 2_000, 8_000, 10, "A1.2", "COMMUNE:60,FEC:40");
		type("ELECTRIF", "ELECTRICITY", shared, "تعميم الربط بشبكة الكهرباء ب{p}",
				"Généralisation du raccordement au réseau électrique au {p}", 1_500, 6_000, 12, "A1.2",
				"COMMUNE:30,ONEE:50,PREF_PROV:20", null);
		type("CONNECT", "WATER", shared, "الربط الاجتماعي بشبكتي الماء الصالح للشرب والتطهير السائل ب{p}",
				"Branchements sociaux aux réseaux d'eau potable et d'assainissement au {p}", 1_500, 8_000, 12, "A1.2",
				"COMMUNE:30,INDH:40,PARTNER:30");
		type("SANIT", "SANITATION", shared, "إنجاز شبكة التطهير السائل ب{p}",
				"Réalisation du réseau d'assainissement liquide au {p}", 5_000, 30_000, 18, "A1.2",
				"COMMUNE:25,PARTNER:35,REGION:25,STATE:15");
		type("SANIT_R", "SANITATION", shared, "إنجاز شبكة التطهير السائل ب{p}",
				"Réalisation du réseau d'assainissement liquide au {p}", 4_000, 18_000, 18, "A1.2",
				"COMMUNE:30,ONEE:50,PREF_PROV:20");
		type("WATER", "WATER", shared, "ربط {p} بشبكة الماء الصالح للشرب", "Raccordement du {p} au réseau d'eau potable",
				2_000, 10_000, 14, "A1.2", "COMMUNE:20,ONEE:40,INDH:20,FDR:20");

		// Social, sport and culture.
		type("SPORT", "SPORT_YOUTH", own, "إحداث ملعب رياضي للقرب ب{p}",
				"Création d'un terrain de sport de proximité au {p}", 800, 2_800, 6, "A2.1", "COMMUNE:40,STATE:30,INDH:30");
		type("YOUTH", "SPORT_YOUTH", shared, "بناء وتجهيز دار الشباب ب{p}",
				"Construction et équipement d'une maison de jeunes au {p}", 3_000, 8_000, 18, "A2.1",
				"COMMUNE:30,STATE:50,INDH:20");
		type("CULTURE", "CULTURE", shared, "بناء مركب ثقافي ب{p}", "Construction d'un complexe culturel au {p}", 6_000,
				18_000, 24, "A2.1", "COMMUNE:30,STATE:40,REGION:30");
		type("HEALTH", "HEALTH", shared, "بناء وتجهيز مركز صحي حضري ب{p}",
				"Construction et équipement d'un centre de santé urbain au {p}", 4_000, 12_000, 20, "A2.2",
				"COMMUNE:30,STATE:50,INDH:20");
		type("DISPENSARY", "HEALTH", shared, "بناء وتجهيز مستوصف قروي ب{p}",
				"Construction et équipement d'un dispensaire rural au {p}", 2_000, 5_000, 16, "A2.2",
				"COMMUNE:25,STATE:45,INDH:30");
		type("SCHOOL", "EDUCATION", shared, "توسيع مؤسسة للتعليم الابتدائي ب{p}", "Extension d'une école primaire au {p}",
				2_000, 6_000, 14, "A2.2", "STATE:70,COMMUNE:30");
		type("PRESCHOOL", "EDUCATION", shared, "إحداث وحدات للتعليم الأولي ب{p}",
				"Création d'unités d'enseignement préscolaire au {p}", 800, 2_500, 8, "A2.2", "INDH:70,COMMUNE:30");
		type("SCHOOLBUS", "EDUCATION", shared, "اقتناء حافلات للنقل المدرسي لفائدة تلاميذ {p}",
				"Acquisition de bus de transport scolaire pour les élèves du {p}", 600, 2_400, 6, "A2.2",
				"COMMUNE:40,INDH:60");
		type("WOMEN", "SOCIAL", own, "بناء مركز نسوي للتكوين والتأهيل ب{p}",
				"Construction d'un centre féminin de formation et de qualification au {p}", 1_500, 4_500, 14, "A2.2",
				"COMMUNE:40,INDH:60");
		type("DAR_TALIBA", "EDUCATION", shared, "بناء وتجهيز دار الطالبة بمركز الجماعة",
				"Construction et équipement d'une maison de l'étudiante (Dar Taliba) au centre de la commune", 3_000,
				7_000, 18, "A2.2", "INDH:60,COMMUNE:20,STATE:20");

		// Economy and attractiveness.
		type("MARKET", "ECONOMY", own, "بناء سوق نموذجي للقرب ب{p}",
				"Construction d'un marché de proximité modèle au {p}", 4_000, 16_000, 16, "A3",
				"COMMUNE:40,INDH:30,REGION:30");
		type("SOUK", "ECONOMY", own, "تأهيل السوق الأسبوعي بمركز الجماعة",
				"Mise à niveau du souk hebdomadaire au centre de la commune", 2_000, 8_000, 12, "A3",
				"COMMUNE:50,REGION:30,PREF_PROV:20");
		type("SEGUIA", "AGRICULTURE", shared, "تهيئة السواقي وقنوات الري التقليدية ب{p}",
				"Réhabilitation des séguias et canaux d'irrigation traditionnels au {p}", 1_000, 4_000, 10, "A3",
				"COMMUNE:30,STATE:70", "ORMVA-SM");
		type("SLAUGHTER", "ECONOMY", own, "بناء مجزرة جماعية بمركز الجماعة",
				"Construction d'un abattoir communal au centre de la commune", 2_000, 6_000, 14, "A3",
				"COMMUNE:60,PREF_PROV:40");
		type("COOP", "ECONOMY", own, "إحداث فضاء لعرض وتسويق منتوجات التعاونيات",
				"Création d'un espace d'exposition et de vente des produits des coopératives", 1_000, 3_000, 10, "A3",
				"COMMUNE:30,INDH:40,REGION:30");
		type("STATION", "URBAN", own, "إعادة تهيئة المحطة الطرقية لإنزكان", "Réaménagement de la gare routière d'Inezgane",
				12_000, 25_000, 20, "A3", "COMMUNE:40,REGION:40,FEC:20");

		// Environment and living conditions.
		type("FLOOD", "ENVIRONMENT", shared, "حماية {p} من الفيضانات وتصريف مياه الأمطار",
				"Protection du {p} contre les inondations et drainage des eaux pluviales", 6_000, 35_000, 18, "A4",
				"COMMUNE:20,STATE:40,REGION:40");
		type("GREEN", "ENVIRONMENT", own, "تهيئة حديقة ومساحة خضراء ب{p}", "Aménagement d'un jardin et d'un espace vert au {p}",
				1_000, 9_000, 10, "A4", "COMMUNE:60,REGION:40");
		type("ENTRY", "URBAN", own, "تهيئة المدخل الرئيسي للمدينة", "Aménagement de l'entrée principale de la ville", 6_000,
				20_000, 18, "A4", "COMMUNE:40,REGION:40,PREF_PROV:20");
		type("CENTRE", "URBAN", own, "تأهيل مركز الجماعة", "Mise à niveau du centre de la commune", 5_000, 18_000, 18,
				"A4", "COMMUNE:30,REGION:40,FDR:30");
		type("WASTE", "ENVIRONMENT", own, "اقتناء معدات وآليات جمع النفايات المنزلية",
				"Acquisition de matériel de collecte des déchets ménagers", 1_500, 6_000, 6, "A4", "COMMUNE:70,STATE:30");
		type("CEMETERY", "URBAN", own, "تسييج وتهيئة المقبرة", "Clôture et aménagement du cimetière", 500, 1_500, 6, "A4",
				"COMMUNE:100");

		// Governance of the commune.
		type("CIVIL", "ADMINISTRATION", own, "بناء مكتب ملحق للحالة المدنية ب{p}",
				"Construction d'un bureau annexe d'état civil au {p}", 1_500, 5_000, 14, "A5", "COMMUNE:100");
		type("DIGITAL", "ADMINISTRATION", own, "رقمنة خدمات الحالة المدنية وتصحيح الإمضاءات",
				"Numérisation de l'état civil et de la légalisation des signatures", 500, 1_800, 10, "A5",
				"COMMUNE:70,STATE:30");
	}

	static Type of(String key) {
		Type type = ALL.get(key);
		if (type == null) {
			throw new IllegalArgumentException("Unknown project type " + key);
		}
		return type;
	}

	private ProjectTypes() {
	}
}
