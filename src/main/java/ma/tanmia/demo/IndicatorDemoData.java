package ma.tanmia.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ma.tanmia.indicator.Aggregation;
import ma.tanmia.indicator.Domain;
import ma.tanmia.indicator.IndicatorCatalogue;
import ma.tanmia.indicator.IndicatorDefinition;
import ma.tanmia.indicator.IndicatorValues;
import ma.tanmia.indicator.Polarity;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.CommuneKind;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Demonstration diagnosis of Souss-Massa: about twenty indicators (water, electricity, sanitation,
 * schooling, health coverage, unemployment, poverty…) for the communes present in the reference
 * data, every year from 2018 to 2024. The figures are <b>invented</b> but plausible: urban communes
 * better served than rural ones, each commune a little above or below its kind, a steady trend —
 * enough to show deficits, disparities and maps, never to be quoted. Loaded once, after the
 * foundation accounts, through the indicator module's API as the demo administrator (so it is
 * validated and audited like any input); the 2024 values of two rural communes are left submitted,
 * awaiting the governor's office, to show the validation step.
 */
@Component
@ConditionalOnExpression("'${tanmia.db.url:}'.isEmpty() and ${tanmia.demo-data.enabled:true}")
@Order(4)
class IndicatorDemoData implements DemoDataset {

	static final String DATASET = "indicators-souss-massa";
	static final String SOURCE = "Données de démonstration / بيانات تجريبية";
	static final int FIRST_YEAR = 2018;
	static final int LAST_YEAR = 2024;
	static final Set<String> AWAITING_VALIDATION = Set.of("MA-INE-05", "MA-INE-06");

	private static final Logger log = LoggerFactory.getLogger(IndicatorDemoData.class);

	/**
	 * An invented indicator: its level in urban and in rural communes in {@link #FIRST_YEAR}, its
	 * yearly change, and how far a commune strays from its kind.
	 */
	record Spec(String code, String ar, String fr, String unit, Domain domain, Polarity polarity, String source,
			double urban, double rural, double perYear, double spread, double national) {
	}

	static final List<Spec> SPECS = List.of(
			new Spec("WATER_ACCESS", "نسبة الأسر المرتبطة بشبكة الماء الصالح للشرب", "Ménages raccordés au réseau d'eau potable", "%", Domain.WATER, Polarity.HIGHER_IS_BETTER, "ONEE / RGPH", 94, 62, 1.8, 9, 88),
			new Spec("ELECTRICITY_ACCESS", "نسبة الأسر المرتبطة بشبكة الكهرباء", "Ménages raccordés à l'électricité", "%", Domain.ELECTRICITY, Polarity.HIGHER_IS_BETTER, "ONEE / RGPH", 98, 88, 0.9, 5, 96),
			new Spec("SANITATION_ACCESS", "نسبة الأسر المستفيدة من التطهير السائل", "Ménages disposant d'un assainissement liquide", "%", Domain.SANITATION, Polarity.HIGHER_IS_BETTER, "RGPH", 88, 34, 1.5, 10, 73),
			new Spec("PRIMARY_SCHOOLING", "نسبة التمدرس الصافية بالابتدائي", "Taux net de scolarisation au primaire", "%", Domain.EDUCATION, Polarity.HIGHER_IS_BETTER, "Ministère de l'Éducation nationale", 98, 92, 0.5, 3, 97),
			new Spec("LOWER_SECONDARY_SCHOOLING", "نسبة التمدرس الصافية بالثانوي الإعدادي", "Taux net de scolarisation au collège", "%", Domain.EDUCATION, Polarity.HIGHER_IS_BETTER, "Ministère de l'Éducation nationale", 82, 48, 1.6, 8, 72),
			new Spec("SCHOOL_DROPOUT", "نسبة الهدر المدرسي", "Taux d'abandon scolaire", "%", Domain.EDUCATION, Polarity.LOWER_IS_BETTER, "Ministère de l'Éducation nationale", 4.5, 9, -0.3, 2, 5.5),
			new Spec("ILLITERACY", "نسبة الأمية", "Taux d'analphabétisme", "%", Domain.EDUCATION, Polarity.LOWER_IS_BETTER, "RGPH", 24, 45, -0.8, 6, 28),
			new Spec("HEALTH_COVERAGE", "نسبة التغطية الصحية", "Taux de couverture médicale", "%", Domain.HEALTH, Polarity.HIGHER_IS_BETTER, "ANAM / CNSS", 55, 30, 5.5, 8, 60),
			new Spec("DOCTORS_PER_10000", "عدد الأطباء لكل 10000 نسمة", "Médecins pour 10 000 habitants", "/10 000", Domain.HEALTH, Polarity.HIGHER_IS_BETTER, "Ministère de la Santé", 9, 2.5, 0.2, 1.5, 7.5),
			new Spec("HEALTH_CENTRE_DISTANCE", "متوسط المسافة إلى أقرب مركز صحي", "Distance moyenne au centre de santé", "km", Domain.HEALTH, Polarity.LOWER_IS_BETTER, "Ministère de la Santé", 1.5, 9, -0.2, 3, 5),
			new Spec("UNEMPLOYMENT", "معدل البطالة", "Taux de chômage", "%", Domain.EMPLOYMENT, Polarity.LOWER_IS_BETTER, "HCP", 16, 8, 0.3, 3, 13),
			new Spec("YOUTH_UNEMPLOYMENT", "معدل بطالة الشباب 15-24 سنة", "Taux de chômage des jeunes (15–24 ans)", "%", Domain.EMPLOYMENT, Polarity.LOWER_IS_BETTER, "HCP", 32, 18, 0.6, 5, 30),
			new Spec("FEMALE_ACTIVITY", "معدل نشاط النساء", "Taux d'activité des femmes", "%", Domain.EMPLOYMENT, Polarity.HIGHER_IS_BETTER, "HCP", 22, 15, -0.2, 4, 20),
			new Spec("MULTIDIMENSIONAL_POVERTY", "معدل الفقر متعدد الأبعاد", "Taux de pauvreté multidimensionnelle", "%", Domain.POVERTY, Polarity.LOWER_IS_BETTER, "HCP", 2.5, 14, -0.7, 4, 6.8),
			new Spec("VULNERABILITY", "معدل الهشاشة", "Taux de vulnérabilité", "%", Domain.POVERTY, Polarity.LOWER_IS_BETTER, "HCP", 6, 17, -0.5, 4, 12),
			new Spec("PAVED_ROAD_ACCESS", "نسبة السكان على أقل من 2 كلم من طريق معبدة", "Population à moins de 2 km d'une route revêtue", "%", Domain.ROADS, Polarity.HIGHER_IS_BETTER, "Ministère de l'Équipement", 99, 68, 1.7, 10, 85),
			new Spec("SUBSTANDARD_HOUSING", "نسبة الأسر القاطنة بالسكن غير اللائق", "Ménages en habitat sommaire ou insalubre", "%", Domain.HOUSING, Polarity.LOWER_IS_BETTER, "Ministère de l'Habitat", 7, 4, -0.5, 3, 5),
			new Spec("WASTE_COLLECTION", "نسبة جمع النفايات المنزلية", "Taux de collecte des déchets ménagers", "%", Domain.ENVIRONMENT, Polarity.HIGHER_IS_BETTER, "Ministère de l'Intérieur (DGCT)", 92, 45, 2.2, 10, 85));

	private final DemoAdministrator administrator;
	private final IndicatorCatalogue catalogue;
	private final IndicatorValues values;
	private final Territories territories;

	IndicatorDemoData(DemoAdministrator administrator, IndicatorCatalogue catalogue, IndicatorValues values,
			Territories territories) {
		this.administrator = administrator;
		this.catalogue = catalogue;
		this.values = values;
		this.territories = territories;
	}

	@Override
	public String name() {
		return DATASET;
	}

	@Override
	public void loadClaimed(TransactionStatus status) {
		List<String> taken = SPECS.stream().map(Spec::code).filter(c -> catalogue.find(c).isPresent()).toList();
		if (!taken.isEmpty() || catalogue.find("HOUSEHOLDS").isPresent()) {
			log.warn("Demonstration indicators not loaded: codes already in the catalogue {}", taken);
			status.setRollbackOnly();
			return;
		}
		// A database whose demo administrator was removed: skip, and try again next start.
		if (!administrator.act(() -> log.info("Demonstration indicators loaded: {} values of {} indicators", load(),
				SPECS.size() + 3))) {
			log.warn("Demonstration indicators not loaded: no '{}' account", DemoAdministrator.USERNAME);
			status.setRollbackOnly();
		}
	}

	private int load() {
		Set<String> levels = Set.of("COMMUNE", "PREFECTURE", "PROVINCE", "REGION");
		for (Spec s : SPECS) {
			catalogue.define(new IndicatorDefinition(s.code(), new LocalizedName(s.ar(), s.fr(), null), s.unit(), s.domain(),
					s.polarity(), s.source(), levels, Aggregation.POPULATION_WEIGHTED_MEAN, null, null, null), true);
		}
		catalogue.define(new IndicatorDefinition("HOUSEHOLDS", new LocalizedName("عدد الأسر", "Nombre de ménages", null),
				"ménages", Domain.DEMOGRAPHY, Polarity.HIGHER_IS_BETTER, "RGPH", levels, Aggregation.SUM, null, null, null), true);
		catalogue.define(new IndicatorDefinition("HOUSEHOLDS_SEWER", new LocalizedName("عدد الأسر المرتبطة بشبكة التطهير",
				"Ménages raccordés au réseau d'égout", null), "ménages", Domain.SANITATION, Polarity.HIGHER_IS_BETTER,
				"Régie / ONEE", levels, Aggregation.SUM, null, null, null), true);
		catalogue.define(new IndicatorDefinition("SEWER_CONNECTION_RATE", new LocalizedName("نسبة الربط بشبكة التطهير",
				"Taux de raccordement à l'égout", null), "%", Domain.SANITATION, Polarity.HIGHER_IS_BETTER,
				"Calculé : ménages raccordés ÷ ménages", levels, Aggregation.RATIO, "HOUSEHOLDS_SEWER", "HOUSEHOLDS",
				BigDecimal.valueOf(100)), true);

		List<Territory> communes = territories.unitsWithin("MA-09", TerritoryLevel.COMMUNE);
		List<IndicatorValues.Submission> submissions = new ArrayList<>();
		for (Territory commune : communes) {
			boolean urban = commune.communeKind() == CommuneKind.URBAN;
			double standing = standing(commune.code());
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				for (Spec s : SPECS) {
					double base = urban ? s.urban() : s.rural();
					// A better-off commune (standing > 0) is better in the indicator's own direction.
					double sign = s.polarity() == Polarity.HIGHER_IS_BETTER ? 1 : -1;
					double value = base + s.perYear() * (year - FIRST_YEAR) + sign * standing * s.spread();
					value = "%".equals(s.unit()) ? Math.min(99.5, Math.max(0.3, value)) : Math.max(0.1, value);
					submissions.add(submission(s.code(), commune.code(), year, value, 1));
				}
				Territory.Population census = commune.population(2014);
				if (census != null) {
					double households = census.inhabitants() / (urban ? 4.3 : 5.1) * (1 + 0.012 * (year - 2014));
					double connected = households * Math.min(0.97, Math.max(0.02, (urban ? 0.82 : 0.15)
							+ 0.012 * (year - FIRST_YEAR) + 0.08 * standing));
					submissions.add(submission("HOUSEHOLDS", commune.code(), year, households, 0));
					submissions.add(submission("HOUSEHOLDS_SEWER", commune.code(), year, connected, 0));
					submissions.add(submission("SEWER_CONNECTION_RATE", commune.code(), year, connected / households * 100, 1));
				}
			}
		}
		values.submitAll(submissions, true);
		values.review(pendingIds(), true, null);
		for (Spec s : SPECS) {
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				double national = s.national() + s.perYear() * 0.6 * (year - FIRST_YEAR);
				values.setReference(s.code(), "MA", year, scale(national, 1), SOURCE);
			}
		}
		// The prefecture's targets for 2024 in Inezgane-Aït Melloul (PDP objectives, invented).
		for (Territory commune : communes) {
			if (commune.code().startsWith("MA-INE-")) {
				values.setTarget("WATER_ACCESS", commune.code(), LAST_YEAR, BigDecimal.valueOf(98));
				values.setTarget("SANITATION_ACCESS", commune.code(), LAST_YEAR, BigDecimal.valueOf(90));
				values.setTarget("LOWER_SECONDARY_SCHOOLING", commune.code(), LAST_YEAR, BigDecimal.valueOf(85));
			}
		}
		return submissions.size();
	}

	/** Every value except the 2024 ones of the communes left awaiting validation. */
	private List<Long> pendingIds() {
		return values.pendingReview(LAST_YEAR, AWAITING_VALIDATION);
	}

	private static IndicatorValues.Submission submission(String indicator, String commune, int year, double value, int scale) {
		return new IndicatorValues.Submission(0, indicator, commune, year, scale(value, scale), SOURCE, null);
	}

	private static BigDecimal scale(double value, int digits) {
		return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
	}

	/** A commune's invented standing, from −1 (worse off than its kind) to 1, fixed by its code. */
	static double standing(String code) {
		int h = 0;
		for (char c : code.toCharArray()) {
			h = h * 31 + c;
		}
		return ((Math.floorMod(h * 2654435761L, 2001L)) - 1000) / 1000.0;
	}
}
