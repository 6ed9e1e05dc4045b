package ma.tanmia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import ma.tanmia.ess.ApplicationRequest;
import ma.tanmia.ess.CallSpec;
import ma.tanmia.ess.CooperativeDetails;
import ma.tanmia.ess.CooperativeProducts;
import ma.tanmia.ess.CooperativeRegistry;
import ma.tanmia.ess.CooperativeStatus;
import ma.tanmia.ess.Financing;
import ma.tanmia.ess.FinancingProgram;
import ma.tanmia.ess.LabelKind;
import ma.tanmia.ess.LegalForm;
import ma.tanmia.ess.QualityLabel;
import ma.tanmia.ess.TrainingKind;
import ma.tanmia.ess.Trainings;
import ma.tanmia.ess.ValueChain;
import ma.tanmia.identity.UserAdministration;
import ma.tanmia.identity.UserAdministration.Grant;
import ma.tanmia.organization.Organization;
import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Demonstration data of the social and solidarity economy in Souss-Massa, labelled as such (names
 * end with "(démo)" / "(تجريبي)", certificate numbers start with DEMO-, rows flagged): argan-oil
 * cooperatives under the Argane PGI, saffron cooperatives of Taliouine under the PDO "Safran de
 * Taliouine", honey and dates cooperatives; an INDH call and a regional-fund call; applications at
 * every step of the workflow, each step done by the account whose role does it; trainings. Links
 * the demo account {@code coop.argan} to its cooperative and adds two committee-member accounts.
 * Dates are relative to the day it loads, so labels expire "soon" whenever it is tried.
 */
@Component
@ConditionalOnExpression("'${tanmia.db.url:}'.isEmpty() and ${tanmia.demo-data.enabled:true}")
@Order(3)
class EssDemoData implements DemoDataset {

	static final String DATASET = "ess-souss-massa";
	static final String INDH_CALL = "DEMO-INDH-P3";
	static final String REGIONAL_CALL = "DEMO-FR-ESS";

	private static final Logger log = LoggerFactory.getLogger(EssDemoData.class);

	private final UserDetailsService accounts;
	private final Organizations organizations;
	private final UserAdministration users;
	private final CooperativeRegistry registry;
	private final CooperativeProducts products;
	private final Financing financing;
	private final Trainings trainings;
	private final Map<String, Long> cooperatives = new LinkedHashMap<>();
	private LocalDate today;

	EssDemoData(UserDetailsService accounts, Organizations organizations, UserAdministration users,
			CooperativeRegistry registry, CooperativeProducts products, Financing financing, Trainings trainings) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.users = users;
		this.registry = registry;
		this.products = products;
		this.financing = financing;
		this.trainings = trainings;
	}

	@Override
	public String name() {
		return DATASET;
	}

	@Override
	public void loadClaimed(TransactionStatus status) {
		if (organizations.findByCode("CPDH-INE").isEmpty() || organizations.findByCode("COOP-DEMO-ARGAN").isEmpty()) {
			log.warn("ESS demonstration data not loaded: the foundation organizations are missing");
			status.setRollbackOnly();
			return;
		}
		try {
			today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
			load();
			log.info("ESS demonstration data loaded: {} cooperatives of Souss-Massa", cooperatives.size());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void load() {
		Organization cpdhInezgane = organizations.findByCode("CPDH-INE").orElseThrow();
		Organization cpdhTaroudant = organizations.register("CPDH-TAR", OrganizationKind.INDH_COMMITTEE,
				new LocalizedName("اللجنة الإقليمية للتنمية البشرية بتارودانت (تجريبي)",
						"Comité provincial de développement humain de Taroudant (démo)", null), "MA-TAR", "indh");
		open("committee.inezgane", "عضو اللجنة الإقليمية للتنمية البشرية بإنزكان (تجريبي)", cpdhInezgane, "MA-INE");
		open("committee.taroudant", "Membre du CPDH de Taroudant (démo)", cpdhTaroudant, "MA-TAR");

		as("admin", () -> {
			cooperatives();
			labels();
			financing.openCall(new CallSpec(INDH_CALL, FinancingProgram.INDH_INCOME_YOUTH,
					"المبادرة الوطنية للتنمية البشرية – البرنامج 3، طلب مشاريع سوس ماسة (تجريبي)",
					"INDH programme 3 – appel à projets Souss-Massa (démo)", today.minusDays(330), today.plusDays(35),
					new BigDecimal("60"), new BigDecimal("300000"), new BigDecimal("50"), Set.of(), Set.of("MA-09")), true);
			financing.openCall(new CallSpec(REGIONAL_CALL, FinancingProgram.REGIONAL_ESS_FUND,
					"الصندوق الجهوي للاقتصاد الاجتماعي – سلاسل الأركان والزعفران (تجريبي)",
					"Fonds régional ESS – filières argan et safran (démo)", today.minusDays(400), today.plusDays(60),
					new BigDecimal("70"), new BigDecimal("500000"), new BigDecimal("40"),
					Set.of(ValueChain.ARGAN, ValueChain.SAFFRON), Set.of("MA-TAR", "MA-INE", "MA-CHT")), true);
			registry.linkManager("coop.argan", "DEMO-INE-0001");
			return null;
		});
		applications();
		as("admin", () -> {
			trainingsOf();
			return null;
		});
	}

	private void cooperatives() {
		coop("DEMO-INE-0001", "تعاونية تجريبية لزيت الأركان (بيانات تجريبية)", "Coopérative d'argan de démonstration",
				ValueChain.ARGAN, "MA-INE-05", 34, 34, 9, "60000", true, 2012);
		coop("DEMO-INE-0002", "تعاونية نساء أولاد دحو للأركان (تجريبي)", "Coopérative féminine d'argan d'Oulad Dahou (démo)",
				ValueChain.ARGAN, "MA-INE-06", 52, 49, 14, "45000", true, 2009);
		coop("DEMO-INE-0003", "تعاونية القليعة للكسكس (تجريبي)", "Coopérative de couscous de Lqliâa (démo)",
				ValueChain.COUSCOUS_CEREALS, "MA-INE-04", 18, 15, 6, "20000", false, 2016);
		coop("DEMO-AGD-0001", "تعاونية الدراركة للأركان (تجريبي)", "Coopérative d'argan de Drarga (démo)", ValueChain.ARGAN,
				"MA-AGD-02", 41, 38, 10, "80000", true, 2011);
		coop("DEMO-CHT-0001", "تعاونية أيت باها للأركان (تجريبي)", "Coopérative d'argan d'Aït Baha (démo)", ValueChain.ARGAN,
				"MA-CHT", 63, 60, 12, "120000", true, 2006);
		coop("DEMO-CHT-0002", "تعاونية عسل الدغموس لاشتوكة (تجريبي)", "Coopérative de miel d'euphorbe de Chtouka (démo)",
				ValueChain.HONEY, "MA-CHT", 22, 5, 8, "35000", true, 2014);
		coop("DEMO-TAR-0001", "تعاونية تالوين للزعفران (تجريبي)", "Coopérative de safran de Taliouine (démo)",
				ValueChain.SAFFRON, "MA-TAR", 47, 21, 11, "90000", true, 2008);
		coop("DEMO-TAR-0002", "تعاونية سيروا للزعفران (تجريبي)", "Coopérative de safran du Siroua (démo)", ValueChain.SAFFRON,
				"MA-TAR", 29, 12, 7, "40000", true, 2013);
		coop("DEMO-TAR-0003", "تعاونية أسكاون للزعفران (تجريبي)", "Coopérative de safran d'Askaoun (démo)", ValueChain.SAFFRON,
				"MA-TAR", 24, 9, 10, "25000", false, 2018);
		coop("DEMO-TAR-0004", "تعاونية عسل تارودانت (تجريبي)", "Coopérative apicole de Taroudant (démo)", ValueChain.HONEY,
				"MA-TAR", 16, 4, 9, "18000", true, 2017);
		coop("DEMO-TAR-0005", "جمعية السياحة القروية بتارودانت (تجريبي)", "Association de tourisme rural de Taroudant (démo)",
				ValueChain.RURAL_TOURISM, "MA-TAR", 12, 6, 7, "0", false, 2019);
		coop("DEMO-TAT-0001", "تعاونية واحات طاطا للتمور (تجريبي)", "Coopérative des dattes des oasis de Tata (démo)",
				ValueChain.DATES, "MA-TAT", 38, 11, 15, "50000", true, 2010);
		coop("DEMO-TAT-0002", "تعاونية أقا للتمور (تجريبي)", "Coopérative de dattes d'Akka (démo)", ValueChain.DATES,
				"MA-TAT", 26, 8, 12, "30000", false, 2015);
		coop("DEMO-TIZ-0001", "تعاونية تافراوت للوز (تجريبي)", "Coopérative d'amandes de Tafraout (démo)", ValueChain.ALMONDS,
				"MA-TIZ", 31, 17, 6, "55000", true, 2012);
		coop("DEMO-TIZ-0002", "تعاونية تيزنيت للزرابي (تجريبي)", "Coopérative de tapis de Tiznit (démo)",
				ValueChain.TEXTILES_CARPETS, "MA-TIZ", 20, 20, 5, "10000", true, 2016);
	}

	private void labels() {
		QualityLabel argane = label(LabelKind.PGI, "Argane", 900, 400);
		label("DEMO-INE-0001", "زيت الأركان الغذائي", "Huile d'argan alimentaire", argane, "IGP-ARG-001");
		label("DEMO-INE-0002", "زيت الأركان التجميلي", "Huile d'argan cosmétique", label(LabelKind.PGI, "Argane", 1000, 45),
				"IGP-ARG-002");
		label("DEMO-AGD-0001", "زيت الأركان الغذائي", "Huile d'argan alimentaire", argane, "IGP-ARG-003");
		label("DEMO-CHT-0001", "زيت الأركان الغذائي", "Huile d'argan alimentaire", label(LabelKind.PGI, "Argane", 1050, 20),
				"IGP-ARG-004");
		label("DEMO-TAR-0001", "زعفران تالوين", "Safran de Taliouine", label(LabelKind.PDO, "Safran de Taliouine", 700, 500),
				"AOP-SAF-001");
		label("DEMO-TAR-0002", "زعفران تالوين", "Safran de Taliouine", label(LabelKind.PDO, "Safran de Taliouine", 1000, 70),
				"AOP-SAF-002");
		label("DEMO-TAR-0003", "زعفران تالوين", "Safran de Taliouine",
				label(LabelKind.PDO, "Safran de Taliouine", 1200, -30), "AOP-SAF-003");
		label("DEMO-CHT-0002", "عسل الدغموس", "Miel d'euphorbe",
				label(LabelKind.PGI, "Miel d'euphorbe Souss-Massa", 600, 300), "IGP-MIE-001");
		label("DEMO-TIZ-0001", "لوز تافراوت", "Amandes de Tafraout", label(LabelKind.PGI, "Amande de Tafraout", 500, 600),
				"IGP-AMA-001");
		label("DEMO-TAT-0001", "تمور بيولوجية", "Dattes biologiques", label(LabelKind.ORGANIC, "Agriculture biologique", 300, 65),
				"BIO-DAT-001");
	}

	/** Applications at every step of the workflow, each step done by the role that does it. */
	private void applications() {
		// coop.argan submits for its own cooperative; the Inezgane committee and INDH partner follow it.
		String argan = as("coop.argan", () -> submit(INDH_CALL, "DEMO-INE-0001", "وحدة تثمين زيت الأركان",
				"Unité de valorisation de l'huile d'argan", "420000", "250000", "120000", "50000", 240));
		step("partner.indh", () -> financing.confirmEligibility(argan, null, today.minusDays(230), "Dossier complet"));
		step("committee.inezgane", () -> financing.score(argan, null, 78, today.minusDays(200), "Marché identifié"));
		step("committee.inezgane", () -> financing.approve(argan, null, new BigDecimal("240000"), today.minusDays(190),
				"Projet viable, porté par des femmes"));
		step("partner.indh", () -> financing.signAgreement(argan, null, "DEMO-CONV-2026-01", today.minusDays(170)));
		step("partner.indh", () -> financing.payTranche(argan, null, new BigDecimal("120000"), today.minusDays(150)));
		step("partner.indh", () -> financing.recordVisit(argan, null, today.minusDays(90), "Presse installée, local aménagé"));

		String oulad = as("admin", () -> submit(INDH_CALL, "DEMO-INE-0002", "تجهيز وحدة التعبئة", "Équipement d'une unité de conditionnement",
				"300000", "180000", "90000", "30000", 60));

		String saffron = as("admin", () -> submit(REGIONAL_CALL, "DEMO-TAR-0001", "وحدة تجفيف الزعفران", "Unité de séchage du safran",
				"600000", "420000", "120000", "60000", 300));
		step("admin", () -> financing.confirmEligibility(saffron, null, today.minusDays(290), null));
		step("committee.taroudant", () -> financing.score(saffron, null, 85, today.minusDays(270), "Filière AOP structurée"));
		step("committee.taroudant", () -> financing.approve(saffron, null, new BigDecimal("400000"), today.minusDays(260),
				"Ancrage AOP, emplois de jeunes"));
		step("admin", () -> financing.signAgreement(saffron, null, "DEMO-CONV-2026-02", today.minusDays(240)));
		step("admin", () -> financing.payTranche(saffron, null, new BigDecimal("200000"), today.minusDays(220)));
		step("admin", () -> financing.recordVisit(saffron, null, today.minusDays(150), "Séchoir en service"));
		step("admin", () -> financing.payTranche(saffron, null, new BigDecimal("200000"), today.minusDays(120)));
		step("admin", () -> financing.close(saffron, null, today.minusDays(60), "Projet achevé"));

		String siroua = as("admin", () -> submit(INDH_CALL, "DEMO-TAR-0002", "شراء معدات التعبئة", "Matériel de conditionnement du safran",
				"200000", "120000", "60000", "20000", 120));
		step("admin", () -> financing.confirmEligibility(siroua, null, today.minusDays(110), null));

		String honey = as("admin", () -> submit(INDH_CALL, "DEMO-TAR-0004", "توسيع المنحل", "Extension du rucher",
				"150000", "90000", "40000", "20000", 100));
		step("admin", () -> financing.confirmEligibility(honey, null, today.minusDays(95), null));
		step("committee.taroudant", () -> financing.score(honey, null, 61, today.minusDays(80), "À préciser : débouchés"));

		String tourism = as("admin", () -> submit(INDH_CALL, "DEMO-TAR-0005", "دار الضيافة القروية", "Gîte rural",
				"250000", "150000", "60000", "40000", 90));
		step("admin", () -> financing.confirmEligibility(tourism, null, today.minusDays(85), null));
		step("committee.taroudant", () -> financing.score(tourism, null, 42, today.minusDays(70), null));
		step("committee.taroudant", () -> financing.reject(tourism, null, today.minusDays(60),
				"Étude de marché insuffisante, saison trop courte"));

		String aitBaha = as("admin", () -> submit(REGIONAL_CALL, "DEMO-CHT-0001", "مختبر مراقبة الجودة", "Laboratoire de contrôle qualité",
				"350000", "240000", "80000", "30000", 150));
		step("admin", () -> financing.confirmEligibility(aitBaha, null, today.minusDays(140), null));

		String askaoun = as("admin", () -> submit(INDH_CALL, "DEMO-TAR-0003", "غرفة تبريد للزعفران", "Chambre froide pour le safran",
				"250000", "150000", "70000", "30000", 130));
		step("admin", () -> financing.confirmEligibility(askaoun, null, today.minusDays(125), null));
		step("committee.taroudant", () -> financing.score(askaoun, null, 74, today.minusDays(115), null));
		step("committee.taroudant", () -> financing.approve(askaoun, null, new BigDecimal("150000"), today.minusDays(100),
				"Conservation de la récolte, conforme au cahier des charges AOP"));

		String couscous = as("partner.indh", () -> submit(INDH_CALL, "DEMO-INE-0003", "مطحنة ووحدة تعبئة الكسكس",
				"Moulin et unité d'ensachage du couscous", "200000", "100000", "80000", "20000", 200));
		step("partner.indh", () -> financing.confirmEligibility(couscous, null, today.minusDays(190), null));
		step("committee.inezgane", () -> financing.score(couscous, null, 70, today.minusDays(180), null));
		step("committee.inezgane", () -> financing.approve(couscous, null, new BigDecimal("100000"), today.minusDays(175),
				"Débouchés locaux assurés"));
		step("partner.indh", () -> financing.signAgreement(couscous, null, "DEMO-CONV-2026-03", today.minusDays(160)));

		String dates = as("admin", () -> submit(INDH_CALL, "DEMO-TAT-0001", "وحدة تخزين التمور", "Unité de stockage des dattes",
				"400000", "240000", "100000", "60000", 50));
		step("admin", () -> financing.declareIneligible(dates, null, today.minusDays(40),
				"Foncier non justifié : attestation de propriété manquante"));

		String almonds = as("admin", () -> submit(INDH_CALL, "DEMO-TIZ-0001", "آلة تكسير اللوز", "Concasseuse d'amandes",
				"180000", "108000", "50000", "22000", 180));
		step("admin", () -> financing.confirmEligibility(almonds, null, today.minusDays(170), null));
		log.debug("Demonstration applications: {}",
				List.of(argan, oulad, saffron, siroua, honey, tourism, aitBaha, askaoun, couscous, dates, almonds));
	}

	private void trainingsOf() {
		long financial = trainings.schedule(new Trainings.TrainingSpec(TrainingKind.FINANCIAL_EDUCATION, "التربية المالية للتعاونيات (تجريبي)",
				"Éducation financière des coopératives (démo)", today.minusDays(120), today.minusDays(118),
				"Fondation marocaine pour l'éducation financière (démo)", "MA-TAR"), true);
		participate(financial, "DEMO-TAR-0001", 6, 5, 3, 2);
		participate(financial, "DEMO-TAR-0002", 4, 4, 2, 1);
		participate(financial, "DEMO-TAR-0004", 3, 2, 1, 2);
		long labelsTraining = trainings.schedule(new Trainings.TrainingSpec(TrainingKind.LABELS, "علامات الجودة والبيان الجغرافي (تجريبي)",
				"Labels de qualité et indication géographique (démo)", today.minusDays(60), today.minusDays(59),
				"ONSSA Souss-Massa (démo)", "MA-09"), true);
		participate(labelsTraining, "DEMO-INE-0001", 4, 4, 4, 1);
		participate(labelsTraining, "DEMO-AGD-0001", 3, 3, 3, 0);
		participate(labelsTraining, "DEMO-CHT-0001", 5, 4, 5, 1);
		long marketing = trainings.schedule(new Trainings.TrainingSpec(TrainingKind.MARKETING, "التسويق الرقمي (تجريبي)",
				"Commercialisation en ligne (démo)", today.minusDays(20), today.minusDays(18), "Office de développement de la coopération (démo)",
				"MA-INE"), true);
		participate(marketing, "DEMO-INE-0001", 3, 3, 3, 2);
		participate(marketing, "DEMO-INE-0002", 5, 3, 5, 2);
		participate(marketing, "DEMO-INE-0003", 2, 1, 2, 1);
	}

	private void coop(String number, String ar, String fr, ValueChain chain, String territory, int members, int women,
			int youth, String capital, boolean directory, int year) {
		long id = registry.register(new CooperativeDetails(number, LocalDate.of(year, 3, 15), ar, fr,
				chain == ValueChain.RURAL_TOURISM ? LegalForm.ASSOCIATION : LegalForm.COOPERATIVE, chain, territory, members,
				women, youth, new BigDecimal(capital), CooperativeStatus.ACTIVE, directory), true);
		cooperatives.put(number, id);
	}

	/** A label valid since {@code daysAgo} days, lapsing in {@code daysLeft} days (negative: already lapsed). */
	private QualityLabel label(LabelKind kind, String name, int daysAgo, int daysLeft) {
		return new QualityLabel(kind, name, "Normacert (démo)", "", today.minusDays(daysAgo), today.plusDays(daysLeft));
	}

	private void label(String cooperative, String productAr, String productFr, QualityLabel label, String certificate) {
		long product = products.addProduct(cooperatives.get(cooperative), productAr + " (تجريبي)", productFr + " (démo)");
		products.addLabel(product, new QualityLabel(label.kind(), label.name(), label.certificationBody(),
				"DEMO-" + certificate, label.validFrom(), label.validUntil()));
	}

	private String submit(String call, String cooperative, String ar, String fr, String budget, String requested,
			String cash, String inKind, int daysAgo) {
		BigDecimal total = new BigDecimal(budget);
		BigDecimal equipment = total.multiply(new BigDecimal("0.7"));
		return financing.submit(call, cooperatives.get(cooperative), new ApplicationRequest(ar + " (تجريبي)", fr + " (démo)",
				List.of(new ApplicationRequest.Line("Équipement / تجهيز", equipment),
						new ApplicationRequest.Line("Aménagement et fonds de roulement / تهيئة ورأس مال عامل",
								total.subtract(equipment))),
				new BigDecimal(requested), new BigDecimal(cash), new BigDecimal(inKind)), today.minusDays(daysAgo), true);
	}

	private void participate(long training, String cooperative, int registered, int attended, int women, int youth) {
		trainings.recordParticipation(training,
				new Trainings.Participation(cooperatives.get(cooperative), registered, attended, women, youth));
	}

	private void open(String username, String fullName, Organization organization, String territory) {
		users.open(new UserAdministration.NewAccount(username, DemoData.PASSWORD, fullName, null, organization.id(),
				List.of(new Grant(Role.COMMITTEE_MEMBER, territory))));
	}

	private void step(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
