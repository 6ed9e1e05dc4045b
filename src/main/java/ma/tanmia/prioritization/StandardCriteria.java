package ma.tanmia.prioritization;

import java.util.List;

import ma.tanmia.shared.LocalizedName;

/** The criteria every program starts with, equal weights, as the governor's brief lists them. */
final class StandardCriteria {

	record Definition(String code, LocalizedName name, String fedBy) {
	}

	static final List<Definition> ALL = List.of(
			new Definition("SOCIAL_DEFICIT", new LocalizedName("تقليص العجز الاجتماعي", "Réduction du déficit social", null), "DIAGNOSIS"),
			new Definition("JOBS", new LocalizedName("خلق فرص الشغل", "Création d'emplois", null), null),
			new Definition("TERRITORIAL_EQUITY", new LocalizedName("الإنصاف المجالي", "Équité territoriale", null), null),
			new Definition("ATTRACTIVENESS", new LocalizedName("الجاذبية الاقتصادية", "Attractivité économique", null), null),
			new Definition("COST_EFFECTIVENESS", new LocalizedName("النجاعة مقارنة بالكلفة", "Coût-efficacité", null), null),
			new Definition("MATURITY", new LocalizedName("نضج المشروع (العقار والدراسات)", "Maturité (foncier et études)", null), null),
			new Definition("ALIGNMENT", new LocalizedName("الانسجام مع برنامج التنمية الجهوية والنموذج التنموي الجديد",
					"Cohérence avec le PDR et le nouveau modèle de développement", null), null),
			new Definition("CITIZEN_SUPPORT", new LocalizedName("دعم المواطنين", "Soutien citoyen", null), "CONSULTATION"));

	private StandardCriteria() {
	}
}
