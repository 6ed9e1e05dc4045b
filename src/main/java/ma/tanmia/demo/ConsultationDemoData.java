package ma.tanmia.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ma.tanmia.consultation.MeetingDraft;
import ma.tanmia.consultation.MeetingKind;
import ma.tanmia.consultation.Meetings;
import ma.tanmia.consultation.ParticipantCategory;
import ma.tanmia.consultation.Participation;
import ma.tanmia.consultation.PetitionStatus;
import ma.tanmia.consultation.Petitions;
import ma.tanmia.consultation.ProposalCategory;
import ma.tanmia.consultation.ProposalStatus;
import ma.tanmia.consultation.Proposals;
import ma.tanmia.identity.UserAdministration;
import ma.tanmia.identity.UserAdministration.Grant;
import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramPhase;
import ma.tanmia.program.Programs;
import ma.tanmia.project.ProjectProgress;
import ma.tanmia.project.ProjectQueries;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * The two consultations of the seed documents entered as real records (what the press reports say,
 * nothing invented: counts of participants the reports do not give stay unknown), and, clearly
 * labelled as demonstration, a few proposals and petitions of Inezgane-Aït Melloul with supports,
 * answers and signatures. Loaded once, after the programs, as the demo administrator.
 */
@Component
@ConditionalOnExpression("'${tanmia.db.url:}'.isEmpty() and ${tanmia.demo-data.enabled:true}")
@Order(2)
class ConsultationDemoData implements DemoDataset {

	static final String DATASET = "consultation-seeds";
	static final String LOADED_BY = DemoAdministrator.USERNAME;
	static final String DEMO = " (بيانات تجريبية)";

	private static final Logger log = LoggerFactory.getLogger(ConsultationDemoData.class);

	private final DemoAdministrator administrator;
	private final UserAdministration users;
	private final Organizations organizations;
	private final Programs programs;
	private final ProjectQueries projects;
	private final Meetings meetings;
	private final Proposals proposals;
	private final Petitions petitions;

	ConsultationDemoData(DemoAdministrator administrator, UserAdministration users, Organizations organizations,
			Programs programs, ProjectQueries projects, Meetings meetings, Proposals proposals, Petitions petitions) {
		this.administrator = administrator;
		this.users = users;
		this.organizations = organizations;
		this.programs = programs;
		this.projects = projects;
		this.meetings = meetings;
		this.proposals = proposals;
		this.petitions = petitions;
	}

	@Override
	public String name() {
		return DATASET;
	}

	@Override
	public void loadClaimed(TransactionStatus status) {
		if (!users.exists(LOADED_BY) || organizations.findByCode("PREF-INE").isEmpty()
				|| organizations.findByCode("PUBLIC").isEmpty()) {
			log.warn("Consultation demonstration data not loaded: the foundation dataset is missing");
			status.setRollbackOnly();
			return;
		}
		administrator.act(() -> {
			inezgane2021();
			taroudant2018();
			demonstrationParticipation();
			log.info("Consultation data loaded: the two seed meetings, demonstration proposals and petitions");
		});
	}

	/** seeds/inezgane-ait-melloul-2021-11-30.txt; the report gives the day, not the hour (10:00 entered). */
	private void inezgane2021() {
		Long pdr = programs.findByCode("PDR-SM-2022").map(Program::id).orElse(null);
		long id = meetings.schedule(new MeetingDraft(MeetingKind.INFORMATION_CONSULTATION,
				"لقاء تواصلي حول إعداد برنامج التنمية الجهوية وبرامج التنمية المحلية",
				"Rencontre de communication sur la préparation des programmes de développement régional et local",
				pdr, pdr == null ? null : ProgramPhase.INFORMATION_CONSULTATION, "PREF-INE",
				"عامل عمالة إنزكان أيت ملول ورئيس مجلس جهة سوس ماسة", LocalDateTime.of(2021, 11, 30, 10, 0), null, "MA-INE",
				"عمالة إنزكان أيت ملول",
				List.of("كلمة السيد رئيس جهة سوس ماسة حول أهمية اللقاء التواصلي",
						"كلمة السيد عامل عمالة إنزكان أيت ملول",
						"وضع تصور مشترك لكيفيات إعداد وبلورة برنامج التنمية المحلية والجهوية"),
				false), LOADED_BY);
		meetings.recordParticipation(id, 0, List.of(
				new Participation(ParticipantCategory.ELECTED_OFFICIALS,
						"أعضاء مكتب مجلس جهة سوس ماسة؛ رؤساء الجماعات الترابية لعمالة إنزكان أيت ملول", null, null, null),
				new Participation(ParticipantCategory.AUTHORITIES, "عامل عمالة إنزكان أيت ملول", null, null, null),
				new Participation(ParticipantCategory.ECONOMIC_ACTORS, "بعض الفاعلين الاقتصاديين", null, null, null)));
		meetings.recordMinutes(id, meetings.find(id).orElseThrow().version(), """
				<p dir="rtl">عرفت عمالة إنزكان أيت ملول يوم الثلاثاء 30 نونبر 2021 لقاءً تواصليا مع أعضاء مكتب جهة سوس ماسة ورؤساء
				الجماعات الترابية للعمالة، بحضور بعض الفاعلين الاقتصاديين، سعيا إلى وضع تصور مشترك لكيفيات إعداد وبلورة برنامج
				التنمية المحلية والجهوية.</p>
				<p dir="rtl">أكد السيد العامل أن الهدف هو <b>توحيد الرؤى والأهداف وتحديد الأولويات والآفاق الزمنية</b> لكافة تدخلات
				الفاعلين، والتشخيص الدقيق لمختلف الإشكاليات، وفق مقاربة تضع العنصر البشري في صلب التنمية، ولا سيما تقليص العجز
				الاجتماعي والتفاوتات الترابية وتحسين الجاذبية الاقتصادية (المناطق الصناعية الجديدة ومنطقة اللوجستيك).</p>
				<p dir="rtl">وشدد على ضرورة انطلاق إعداد برنامج التنمية الجهوية من <b>تقييم ومراجعة ما تم إنجازه</b> في برامج عمل
				الجماعات الترابية خلال الفترة الانتدابية الماضية، متسائلا: هل يتعلق الأمر بإشكالية في التمويل وتعبئة الموارد، أم
				بمسألة الحكامة والتنسيق بين الجماعات الترابية ومختلف القطاعات الحكومية؟ ودعا إلى الاسترشاد بالنموذج التنموي الجديد.</p>
				<p dir="ltr"><i>Source : compte rendu de presse (seeds/inezgane-ait-melloul-2021-11-30.txt). L'heure n'y figure pas.</i></p>
				""");
		String everyone = "السلطات والمنتخبون وكافة الفاعلين";
		meetings.recommend(id, "الانطلاق في إعداد برنامج التنمية من تقييم ومراجعة ما أنجزته برامج عمل الجماعات الترابية خلال الفترة"
				+ " الانتدابية الماضية، للوقوف على معيقات تنفيذ المشاريع: التمويل وتعبئة الموارد أم الحكامة والتنسيق", everyone, null);
		meetings.recommend(id, "توحيد الرؤى والأهداف وتحديد الأولويات", everyone, null);
		meetings.recommend(id, "تحديد الآفاق الزمنية لكافة تدخلات الفاعلين في البرنامج", everyone, null);
		meetings.recommend(id, "تقليص العجز الاجتماعي والتفاوتات الترابية", everyone, null);
		meetings.recommend(id, "تحسين الجاذبية الاقتصادية للعمالة (مناطق صناعية جديدة، منطقة اللوجستيك)", everyone, null);
	}

	/** seeds/taroudant-ess-2018-08-04.txt; hour not in the report (09:00 entered). */
	private void taroudant2018() {
		String organizer = "SEAES";
		if (organizations.findByCode(organizer).isEmpty()) {
			organizations.register(organizer, OrganizationKind.STATE_SECTOR,
					new LocalizedName("كتابة الدولة المكلفة بالصناعة التقليدية والاقتصاد الاجتماعي",
							"Secrétariat d'État chargé de l'Artisanat et de l'Économie sociale", null),
					"MA", "ess");
		}
		long id = meetings.schedule(new MeetingDraft(MeetingKind.INFORMATION_CONSULTATION,
				"لقاء تشاوري جهوي حول بلورة الإستراتيجية الوطنية وبرنامج عمل الاقتصاد الاجتماعي والتضامني لجهة سوس ماسة",
				"Concertation régionale sur la stratégie nationale et le programme d'action de l'économie sociale et solidaire Souss-Massa",
				null, null, organizer,
				"السيدة سلوى التاجري، مديرة إنعاش الاقتصاد الاجتماعي، إلى جانب عامل إقليم تارودانت السيد الحسين أمزال",
				LocalDateTime.of(2018, 8, 4, 9, 0), null, "MA-TAR",
				"قاعة دار المبادرة الوطنية للتنمية البشرية، تارودانت",
				List.of("الجلسة الافتتاحية: كلمات عامل إقليم تارودانت ومديرة إنعاش الاقتصاد الاجتماعي ونائب رئيس جهة سوس ماسة",
						"مائدة مستديرة: سبل تمويل المشاريع التعاونية في إطار المبادرة الوطنية للتنمية البشرية",
						"مائدة مستديرة: تحسين جودة المنتجات التقليدية",
						"مائدة مستديرة: الحصول على علامات ترميز الجودة",
						"مائدة مستديرة: التربية المالية"),
				false), LOADED_BY);
		meetings.recordParticipation(id, 0, List.of(
				new Participation(ParticipantCategory.AUTHORITIES,
						"عامل إقليم تارودانت؛ الكاتب العام لعمالة إقليم تارودانت؛ رؤساء المصالح الخارجية المدنية والعسكرية", null, null, null),
				new Participation(ParticipantCategory.ELECTED_OFFICIALS,
						"نائب رئيس جهة سوس ماسة؛ رئيس مجلس إقليم تارودانت؛ رئيس الجماعة الترابية لتارودانت", null, null, null),
				new Participation(ParticipantCategory.STATE_SECTORS,
						"مديرية إنعاش الاقتصاد الاجتماعي بكتابة الدولة المكلفة بالصناعة التقليدية والاقتصاد الاجتماعي؛ ممثلو المصالح الخارجية المعنية",
						null, null, null),
				new Participation(ParticipantCategory.ECONOMIC_ACTORS, "رئيس الغرفة الجهوية للصناعة التقليدية", null, null, null),
				new Participation(ParticipantCategory.COOPERATIVES, "ممثلو التعاونيات", null, null, null),
				new Participation(ParticipantCategory.ASSOCIATIONS, "الجمعيات التنموية وممثلو المجتمع المدني", null, null, null),
				new Participation(ParticipantCategory.FINANCIAL_PARTNERS, "الشركاء الماليون", null, null, null),
				new Participation(ParticipantCategory.MEDIA, "وسائل الإعلام المحلية والوطنية", null, null, null)));
		meetings.recordMinutes(id, meetings.find(id).orElseThrow().version(), """
				<p dir="rtl">احتضنت قاعة دار المبادرة الوطنية للتنمية البشرية بتارودانت يوم السبت 4 غشت 2018 اللقاء التشاوري الجهوي
				حول بلورة الإستراتيجية الوطنية وبرامج عمل الاقتصاد الاجتماعي والتضامني لجهة سوس ماسة، في إطار تشخيص تشاركي لإمكانيات
				الجهة وخصوصياتها وتحدياتها.</p>
				<p dir="rtl">أجمعت الكلمات على أهمية القطاع وضرورة تطويره وتوفير الموارد المالية وتكوين الموارد البشرية للرفع من مردوديته
				وخلق الثروة ومواجهة المنافسة الخارجية.</p>
				<p dir="rtl">تلت الجلسة الافتتاحية ورشات على شكل موائد مستديرة لممثلي التعاونيات والجمعيات التنموية والشركاء الماليين
				والمصالح الخارجية حول:</p>
				<ul dir="rtl"><li>سبل تمويل المشاريع التعاونية في إطار المبادرة الوطنية للتنمية البشرية</li>
				<li>تحسين جودة المنتجات التقليدية</li><li>الحصول على علامات ترميز الجودة</li><li>التربية المالية</li></ul>
				<p dir="ltr"><i>Source : compte rendu de presse (seeds/taroudant-ess-2018-08-04.txt). L'heure n'y figure pas.</i></p>
				""");
		meetings.recommend(id, "توفير الموارد المالية للقطاع وتكوين الموارد البشرية الكفيلة بالرفع من مردوديته",
				"المؤسسات العمومية المعنية بالاقتصاد الاجتماعي والتضامني", null);
	}

	/** Demonstration proposals, supports, answers and petitions, labelled as such in their titles and flag. */
	private void demonstrationParticipation() {
		long citizens = organizations.findByCode("PUBLIC").orElseThrow().id();
		citizen("citizen.tarrast.demo", "مواطنة من حي تراست (تجريبي)", citizens, Role.CITIZEN, "MA-INE-01");
		citizen("citizen.temsia.demo", "مواطن من التمسية (تجريبي)", citizens, Role.CITIZEN, "MA-INE-05");
		citizen("moderator.inezgane", "مشرف على المحتوى بإنزكان أيت ملول (تجريبي)", citizens, Role.MODERATOR, "MA-INE");

		// Located near Inezgane's centre (demonstration positions, not surveyed places): the map has something to show.
		long sport = proposals.submit("citizen.tarrast.demo", "ملعب للقرب لشباب الحي" + DEMO,
				"نقترح تهيئة ملعب للقرب بالحي لفائدة الشباب والأطفال، مع إنارة تسمح باستعماله مساء.",
				ProposalCategory.YOUTH_AND_SPORT, "MA-INE-01", new BigDecimal("30.3489"),
				new BigDecimal("-9.5436"), true);
		long lighting = proposals.submit("citizen.demo", "تعميم الإنارة العمومية بالأزقة" + DEMO,
				"عدد من أزقة إنزكان غير مضاءة، مما يطرح مشكل السلامة ليلا.", ProposalCategory.URBAN_PLANNING, "MA-INE-01",
				new BigDecimal("30.3581"), new BigDecimal("-9.5352"), true);
		long water = proposals.submit("citizen.temsia.demo", "ربط الدواوير بشبكة الماء الصالح للشرب" + DEMO,
				"ما زالت بعض دواوير التمسية تتزود بالماء عبر الصهاريج.", ProposalCategory.WATER, "MA-INE-05",
				new BigDecimal("30.3105"), new BigDecimal("-9.4282"), true);
		long market = proposals.submit("citizen.temsia.demo", "سوق أسبوعي في وسط المدينة" + DEMO,
				"نقل السوق الأسبوعي إلى وسط المدينة.", ProposalCategory.ECONOMY_AND_JOBS, "MA-INE-05", null, null, true);
		for (String supporter : List.of("citizen.demo", "citizen.temsia.demo")) {
			proposals.support(sport, supporter);
		}
		proposals.support(lighting, "citizen.tarrast.demo");
		proposals.support(water, "citizen.demo");

		proposals.answer(water, proposals.find(water).orElseThrow().version(), ProposalStatus.UNDER_STUDY,
				"المقترح قيد الدراسة في إطار تحيين برنامج عمل الجماعة (جواب تجريبي).", null, null, LOADED_BY);
		proposals.answer(market, proposals.find(market).orElseThrow().version(), ProposalStatus.REJECTED,
				"لا يتوفر وعاء عقاري ملائم في وسط المدينة (جواب تجريبي).", null, null, LOADED_BY);
		// Accepted and carried by a demonstration sports project of Inezgane's PAC 2022–2027, when one exists.
		List<String> candidates = IntStream.rangeClosed(1, 12).mapToObj("PAC-INE-01-2022-P%02d"::formatted).toList();
		Map<String, ProjectProgress> found = projects.progressOf(candidates);
		found.values().stream().filter(p -> p.title().fr().toLowerCase(java.util.Locale.ROOT).contains("sport")).findFirst()
			.ifPresent(project -> proposals.answer(sport, proposals.find(sport).orElseThrow().version(), ProposalStatus.ACCEPTED,
					"أُدرج المقترح في برنامج عمل جماعة إنزكان 2022–2027 (جواب تجريبي).", project.code(),
					projects.nodeOf(project.code()).orElse(null), LOADED_BY));
		// Accepted as a priority of the PAC (its first axis, basic infrastructure) before any project carries it.
		programs.findByCode("PAC-INE-01-2022")
			.flatMap(pac -> programs.nodes(pac.id()).stream().filter(n -> n.code().equals("A1")).findFirst())
			.ifPresent(axis -> proposals.answer(lighting, proposals.find(lighting).orElseThrow().version(),
					ProposalStatus.ACCEPTED, "اعتُمد المقترح ضمن محور البنيات التحتية والتجهيزات الأساسية لبرنامج عمل الجماعة (جواب تجريبي).",
					null, axis.id(), LOADED_BY));

		long bus = petitions.submit("citizen.temsia.demo", "النقل المدرسي لتلاميذ دواوير التمسية" + DEMO,
				"نلتمس من مجلس جماعة التمسية إدراج النقل المدرسي في جدول أعمال دورته المقبلة.", "MA-INE-05", true);
		petitions.sign(bus, "citizen.temsia.demo");
		petitions.sign(bus, "citizen.demo");
		long stadium = petitions.submit("citizen.tarrast.demo", "تسمية الملعب البلدي" + DEMO,
				"نلتمس تغيير اسم الملعب البلدي لإنزكان.", "MA-INE-01", true);
		petitions.decide(stadium, petitions.find(stadium).orElseThrow().version(), PetitionStatus.INADMISSIBLE,
				"لم يبلغ عدد التوقيعات العتبة القانونية المطلوبة (جواب تجريبي).", null);
	}

	private void citizen(String username, String fullName, long organization, Role role, String territory) {
		if (!users.exists(username)) {
			users.open(new UserAdministration.NewAccount(username, DemoData.PASSWORD, fullName, null, organization,
					List.of(new Grant(role, territory))));
		}
	}
}
