package ma.tanmia.demo;

import java.util.List;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Loads the demonstration organizations and accounts the README lists. Only with the embedded
 * database (no {@code TANMIA_DB_URL}) and {@code tanmia.demo-data.enabled}; only once, recorded in
 * {@code demo_data_load}, so a restart never loads it again nor touches what users changed.
 */
@Component
@ConditionalOnExpression("'${tanmia.db.url:}'.isEmpty() and ${tanmia.demo-data.enabled:true}")
@Order(0)
class DemoData implements DemoDataset {

	static final String DATASET = "foundation";
	/** The one password of every demonstration account (README). */
	static final String PASSWORD = "Tanmia-Demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organizations organizations;
	private final UserAdministration users;

	DemoData(Organizations organizations, UserAdministration users) {
		this.organizations = organizations;
		this.users = users;
	}

	@Override
	public String name() {
		return DATASET;
	}

	@Override
	public void loadClaimed(TransactionStatus status) {
		load();
		log.info("Demonstration data loaded (accounts in README.md, password {})", PASSWORD);
	}

	private void load() {
		Organization dgct = org("MI-DGCT", OrganizationKind.STATE_SECTOR, "المديرية العامة للجماعات الترابية",
				"Direction générale des collectivités territoriales", "MA", "interior");
		Organization region = org("CR-SM", OrganizationKind.REGIONAL_COUNCIL, "مجلس جهة سوس ماسة",
				"Conseil de la région Souss-Massa", "MA-09", null);
		Organization prefecture = org("PREF-INE", OrganizationKind.TERRITORIAL_ADMINISTRATION,
				"عمالة إنزكان أيت ملول", "Préfecture d'Inezgane-Aït Melloul", "MA-INE", "interior");
		org("CP-INE", OrganizationKind.PREFECTURAL_COUNCIL, "المجلس الإقليمي لعمالة إنزكان أيت ملول",
				"Conseil préfectoral d'Inezgane-Aït Melloul", "MA-INE", null);
		Organization inezgane = org("CC-INE-01", OrganizationKind.COMMUNAL_COUNCIL, "مجلس جماعة إنزكان",
				"Conseil communal d'Inezgane", "MA-INE-01", null);
		Organization aitMelloul = org("CC-INE-02", OrganizationKind.COMMUNAL_COUNCIL, "مجلس جماعة أيت ملول",
				"Conseil communal d'Aït Melloul", "MA-INE-02", null);
		org("CC-INE-03", OrganizationKind.COMMUNAL_COUNCIL, "مجلس جماعة الدشيرة الجهادية",
				"Conseil communal de Dcheïra El Jihadia", "MA-INE-03", null);
		org("CC-INE-04", OrganizationKind.COMMUNAL_COUNCIL, "مجلس جماعة القليعة", "Conseil communal de Lqliâa",
				"MA-INE-04", null);
		org("CC-INE-05", OrganizationKind.COMMUNAL_COUNCIL, "مجلس جماعة التمسية", "Conseil communal de Temsia",
				"MA-INE-05", null);
		org("CC-INE-06", OrganizationKind.COMMUNAL_COUNCIL, "مجلس جماعة أولاد دحو",
				"Conseil communal d'Oulad Dahou", "MA-INE-06", null);
		Organization health = org("DRS-SM", OrganizationKind.STATE_SECTOR, "المديرية الجهوية للصحة بسوس ماسة",
				"Direction régionale de la santé Souss-Massa", "MA-09", "health");
		org("AREF-SM", OrganizationKind.STATE_SECTOR, "الأكاديمية الجهوية للتربية والتكوين لسوس ماسة",
				"Académie régionale d'éducation et de formation Souss-Massa", "MA-09", "education");
		Organization cpdh = org("CPDH-INE", OrganizationKind.INDH_COMMITTEE,
				"اللجنة الإقليمية للتنمية البشرية بإنزكان أيت ملول",
				"Comité provincial de développement humain d'Inezgane-Aït Melloul", "MA-INE", "indh");
		org("ORMVA-SM", OrganizationKind.PUBLIC_AGENCY, "المكتب الجهوي للاستثمار الفلاحي لسوس ماسة",
				"Office régional de mise en valeur agricole du Souss-Massa", "MA-09", "agriculture");
		Organization cooperative = org("COOP-DEMO-ARGAN", OrganizationKind.COOPERATIVE,
				"تعاونية تجريبية لزيت الأركان (بيانات تجريبية)", "Coopérative d'argan de démonstration",
				"MA-INE-05", "argan");
		Organization citizens = org("PUBLIC", OrganizationKind.ASSOCIATION, "المواطنون (حسابات فردية)",
				"Citoyens (comptes individuels)", "MA", null);

		account("admin", "مسؤول المنصة (تجريبي)", dgct, Role.ADMINISTRATOR, "MA");
		account("planner.region", "مخطط جهة سوس ماسة (تجريبي)", region, Role.PLANNER, "MA-09");
		account("planner.inezgane", "مخطط جماعة إنزكان (تجريبي)", inezgane, Role.PLANNER, "MA-INE-01");
		account("planner.aitmelloul", "Planificateur d'Aït Melloul (démo)", aitMelloul, Role.PLANNER, "MA-INE-02");
		account("governor.inezgane", "ديوان عامل إنزكان أيت ملول (تجريبي)", prefecture, Role.GOVERNOR_OFFICE, "MA-INE");
		account("sector.health", "Point focal santé Souss-Massa (démo)", health, Role.SECTOR_FOCAL_POINT, "MA-09");
		account("partner.indh", "Comité INDH Inezgane (démo)", cpdh, Role.PARTNER, "MA-INE");
		account("coop.argan", "مسيرة تعاونية الأركان (تجريبي)", cooperative, Role.COOPERATIVE_MANAGER, "MA-INE-05");
		account("citizen.demo", "مواطن تجريبي", citizens, Role.CITIZEN, "MA-INE");
	}

	private Organization org(String code, OrganizationKind kind, String ar, String fr, String territory, String sector) {
		return organizations.register(code, kind, new LocalizedName(ar, fr, null), territory, sector);
	}

	private void account(String username, String fullName, Organization organization, Role role, String territory) {
		users.open(new UserAdministration.NewAccount(username, PASSWORD, fullName, null, organization.id(),
				List.of(new Grant(role, territory))));
	}
}
