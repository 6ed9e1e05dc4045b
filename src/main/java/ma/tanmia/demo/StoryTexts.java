package ma.tanmia.demo;

import java.util.Map;

/**
 * What planners write in progress reports and blocking records, in the language of the program
 * (Arabic, or French for the programs whose planners write French), and the references of
 * commitments and payments.
 */
final class StoryTexts {

	private final boolean french;

	StoryTexts(boolean french) {
		this.french = french;
	}

	private String say(String ar, String fr) {
		return french ? fr : ar;
	}

	String studies() {
		return say("إعداد الدراسات التقنية والطبوغرافية", "Études techniques et topographiques en cours");
	}

	String tender() {
		return say("الإعلان عن طلب العروض", "Lancement de l'appel d'offres");
	}

	String start() {
		return say("انطلاق الأشغال بعد تبليغ الأمر بالخدمة", "Démarrage des travaux après notification de l'ordre de service");
	}

	String onSchedule() {
		return say("تقدم الأشغال وفق البرنامج الزمني", "Avancement des travaux conforme au planning");
	}

	String slow() {
		return say("الأشغال متواصلة بوتيرة بطيئة", "Travaux en cours à un rythme ralenti");
	}

	String completed(ProjectSpec project) {
		return project.acquisition() ? say("تسلم المعدات المقتناة ووضعها رهن الإشارة", "Réception et mise en service du matériel acquis")
				: say("التسلم المؤقت للأشغال ودخول المرفق حيز الخدمة", "Réception provisoire des travaux et mise en service");
	}

	String programmed(int year) {
		return say("المشروع مبرمج في ميزانية سنة " + year, "Projet inscrit au budget " + year);
	}

	String waiting() {
		return say("في انتظار الشروع في الإنجاز", "En attente de lancement");
	}

	String stillHeld() {
		return say("لا يزال المشروع متوقفا في انتظار الحل", "Projet toujours à l'arrêt, en attente d'une solution");
	}

	String abandoned(String cause) {
		return say("تقرر التخلي عن المشروع: ", "Projet abandonné : ") + cause;
	}

	String cancelled(String cause) {
		return say("ألغي المشروع: ", "Projet annulé : ") + cause;
	}

	String resolved() {
		return say("تم تجاوز الإشكال بعد اجتماع لجنة التتبع واستئناف الأشغال",
				"Difficulté levée après réunion du comité de suivi, travaux repris");
	}

	String demonstrationNote() {
		return say("مشروع تجريبي ضمن بيانات العرض", "Projet fictif des données de démonstration");
	}

	/** A blocking cause as the planner describes it on this project. */
	String cause(String cause, ProjectSpec project, String defaultingSource) {
		return switch (cause) {
			case "PARTNER_CONTRIBUTION_UNPAID" -> say(
					"لم يتم بعد تحويل مساهمة " + sourceAr(defaultingSource, project) + " المنصوص عليها في اتفاقية الشراكة",
					"Contribution prévue par la convention non versée par " + sourceFr(defaultingSource, project));
			case "BUDGET_NOT_MOBILIZED" -> say(
					"لم تتم تعبئة الاعتمادات اللازمة في ميزانية " + ownerAr(project) + " لضعف الفائض",
					"Crédits non mobilisés au budget de " + ownerFr(project) + " faute d'excédent suffisant");
			case "COST_OVERRUN" -> say("ارتفاع كلفة الأشغال عن التقدير الأولي دون تعبئة تمويل تكميلي",
					"Coût des travaux supérieur à l'estimation initiale, sans financement complémentaire");
			case "LOAN_NOT_OBTAINED" -> say("لم تتم الموافقة على قرض صندوق التجهيز الجماعي", "Prêt du FEC non accordé");
			case "SECTOR_COORDINATION" -> say("ضعف التنسيق مع " + sectorAr(project) + " بشأن البرمجة والتجهيز والتسيير",
					"Coordination insuffisante avec " + sectorFr(project) + " sur la programmation, l'équipement et la gestion");
			case "UNCLEAR_OWNERSHIP" -> say("عدم الحسم في صاحب المشروع والجهة المكلفة بتسيير المرفق",
					"Maître d'ouvrage et gestionnaire de l'équipement non arrêtés");
			case "APPROVAL_DELAY" -> say("تأخر التأشير على الصفقة والاتفاقية من طرف سلطة المراقبة",
					"Retard du visa du marché et de la convention par l'autorité de contrôle");
			case "AGREEMENT_NOT_SIGNED" -> say("اتفاقية الشراكة مع " + sectorAr(project) + " لم توقع بعد",
					"Convention de partenariat avec " + sectorFr(project) + " non encore signée");
			case "LAND_NOT_SECURED" -> project.rural()
					? say("الوعاء العقاري تابع لأراضي الجماعات السلالية ولم تتم تسوية وضعيته",
							"Assiette foncière relevant des terres collectives, non apurée")
					: say("الوعاء العقاري في ملك الخواص ولم تستكمل مسطرة الاقتناء أو نزع الملكية",
							"Terrain privé : acquisition ou expropriation non abouties");
			case "LAND_DISPUTE" -> say("تعرض ذوي الحقوق على الأشغال ونزاع حول ملكية الوعاء العقاري",
					"Opposition des ayants droit et litige sur la propriété du terrain");
			case "STUDIES_NOT_DONE" -> say("الدراسات التقنية والجيوتقنية لم تنجز بعد",
					"Études techniques et géotechniques non réalisées");
			case "STUDIES_TO_REVISE" -> say("ضرورة مراجعة الدراسات بعد ملاحظات مكتب المراقبة التقنية",
					"Études à reprendre après les observations du bureau de contrôle");
			case "TENDER_UNSUCCESSFUL" -> say("طلب العروض أعلن غير مثمر لعدم ملاءمة العروض",
					"Appel d'offres déclaré infructueux, offres inadaptées");
			case "TENDER_APPEAL" -> say("طعن أحد المتنافسين في نتائج طلب العروض",
					"Recours d'un soumissionnaire contre le résultat de l'appel d'offres");
			case "CONTRACTOR_DEFAULT" -> say("تعثر المقاولة وفسخ الصفقة", "Défaillance de l'entreprise et résiliation du marché");
			case "CONTRACTOR_DELAY" -> say("تأخر المقاولة في الإنجاز وتطبيق غرامات التأخير",
					"Retard de l'entreprise, pénalités de retard appliquées");
			case "TECHNICAL_CONSTRAINT" -> say("صعوبات تقنية مرتبطة بطبيعة التربة وارتفاع منسوب المياه الجوفية",
					"Difficultés techniques : nature du sol et nappe phréatique affleurante");
			case "NETWORK_CONNECTION" -> say("البناية منجزة في انتظار ربطها بشبكتي الماء والكهرباء",
					"Bâtiment achevé, en attente de raccordement à l'eau et à l'électricité");
			default -> say("سبب آخر", "Autre cause");
		};
	}

	/**
	 * A commitment: a works contract for the owner's budget, a loan contract for the FEC, a
	 * partnership agreement for the other partners.
	 */
	String commitment(String source, boolean ownBudget, int number, int year) {
		String pattern = ownBudget ? say("صفقة رقم %02d/%d", "Marché n° %02d/%d")
				: source.equals("FEC") ? say("عقد قرض رقم %02d/%d", "Contrat de prêt n° %02d/%d")
						: say("اتفاقية شراكة رقم %02d/%d", "Convention n° %02d/%d");
		return pattern.formatted(number, year);
	}

	String studiesOrder(int number, int year) {
		return say("سند طلب رقم %02d/%d", "Bon de commande n° %02d/%d").formatted(number, year);
	}

	String payment(int number, int year) {
		return say("أمر بالأداء رقم %04d/%d", "Ordre de paiement n° %04d/%d").formatted(number, year);
	}

	private String ownerAr(ProjectSpec project) {
		return switch (project.program().kind()) {
			case PAC -> "الجماعة";
			case PDP -> "العمالة";
			case PDR -> "الجهة";
		};
	}

	private String ownerFr(ProjectSpec project) {
		return switch (project.program().kind()) {
			case PAC -> "la commune";
			case PDP -> "la préfecture";
			case PDR -> "la région";
		};
	}

	private static final Map<String, String[]> SECTORS = Map.ofEntries(
			Map.entry("HEALTH", new String[] { "المندوبية الإقليمية للصحة", "la délégation provinciale de la santé" }),
			Map.entry("EDUCATION", new String[] { "المديرية الإقليمية للتربية الوطنية",
					"la direction provinciale de l'éducation nationale" }),
			Map.entry("SPORT_YOUTH", new String[] { "المديرية الإقليمية للشباب والرياضة",
					"la direction provinciale de la jeunesse et des sports" }),
			Map.entry("CULTURE", new String[] { "المديرية الجهوية للثقافة", "la direction régionale de la culture" }),
			Map.entry("ELECTRICITY", new String[] { "المكتب الوطني للكهرباء والماء الصالح للشرب", "l'ONEE" }),
			Map.entry("ROADS", new String[] { "المديرية الإقليمية للتجهيز والنقل",
					"la direction provinciale de l'équipement et du transport" }),
			Map.entry("AGRICULTURE", new String[] { "المكتب الجهوي للاستثمار الفلاحي لسوس ماسة", "l'ORMVA du Souss-Massa" }),
			Map.entry("ENVIRONMENT", new String[] { "وكالة الحوض المائي لسوس ماسة", "l'agence du bassin hydraulique du Souss-Massa" }),
			Map.entry("SOCIAL", new String[] { "مؤسسة التعاون الوطني", "l'Entraide nationale" }),
			Map.entry("ECONOMY", new String[] { "المديرية الجهوية للصناعة والتجارة",
					"la direction régionale de l'industrie et du commerce" }),
			Map.entry("URBAN", new String[] { "الوكالة الحضرية لأكادير", "l'agence urbaine d'Agadir" }));

	/** The State service a project depends on; water and sanitation are RAMSA's in town, ONEE's in the country. */
	private String[] sector(ProjectSpec project) {
		if (ramsa(project)) {
			return new String[] { "الوكالة المستقلة متعددة الخدمات بأكادير", "la RAMSA" };
		}
		if (project.sector().equals("WATER") || project.sector().equals("SANITATION")) {
			return SECTORS.get("ELECTRICITY");
		}
		return SECTORS.getOrDefault(project.sector(), new String[] { "المصالح الخارجية المعنية", "les services extérieurs concernés" });
	}

	/** Water and sanitation in the urban communes: the partner is the régie of Grand Agadir. */
	private static boolean ramsa(ProjectSpec project) {
		return !project.rural() && (project.sector().equals("WATER") || project.sector().equals("SANITATION"));
	}

	private String sectorAr(ProjectSpec project) {
		return sector(project)[0];
	}

	private String sectorFr(ProjectSpec project) {
		return sector(project)[1];
	}

	private String sourceAr(String source, ProjectSpec project) {
		return switch (source) {
			case "REGION" -> "مجلس جهة سوس ماسة";
			case "PREF_PROV" -> "مجلس عمالة إنزكان أيت ملول";
			case "COMMUNE" -> "الجماعة";
			case "STATE" -> sectorAr(project);
			case "INDH" -> "المبادرة الوطنية للتنمية البشرية";
			case "FDR" -> "صندوق التنمية القروية والمناطق الجبلية";
			case "ONEE" -> "المكتب الوطني للكهرباء والماء الصالح للشرب";
			case "FEC" -> "صندوق التجهيز الجماعي";
			default -> ramsa(project) ? "الوكالة المستقلة متعددة الخدمات بأكادير" : "الشريك";
		};
	}

	private String sourceFr(String source, ProjectSpec project) {
		return switch (source) {
			case "REGION" -> "le conseil régional";
			case "PREF_PROV" -> "le conseil préfectoral";
			case "COMMUNE" -> "la commune";
			case "STATE" -> sectorFr(project);
			case "INDH" -> "l'INDH";
			case "FDR" -> "le FDR";
			case "ONEE" -> "l'ONEE";
			case "FEC" -> "le FEC";
			default -> ramsa(project) ? "la RAMSA" : "le partenaire";
		};
	}
}
