package ma.tanmia.bench.synthetic;

import java.util.Comparator;
import java.util.List;

import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.synthetic.NationShape.Commune;
import ma.tanmia.bench.synthetic.NationShape.Province;
import ma.tanmia.identity.UserAdministration;
import ma.tanmia.identity.UserAdministration.Grant;
import ma.tanmia.identity.UserAdministration.NewAccount;
import ma.tanmia.organization.Organization;
import ma.tanmia.organization.Organizations;
import ma.tanmia.shared.Role;

/**
 * The people the project benchmark measures as, opened through the application's own
 * {@link UserAdministration#open} (bcrypt hash from its PasswordEncoder, roles, audit line) once the
 * synthetic data is committed. Besides the national {@code admin}, for each of the 12 regions:
 *
 * <ul>
 * <li>{@code bench-wali-MA-05}: GOVERNOR_OFFICE over the region (a regional, wali-type scope);
 * <li>{@code bench-governor-SYN-P37}: GOVERNOR_OFFICE over the region's synthetic prefecture or
 * province with the most communes;
 * <li>{@code bench-planner-SYN-C0712}: PLANNER over that province's first (urban seat) commune.
 * </ul>
 *
 * All with the password {@link BenchApplication#USER_PASSWORD}, which exists only in data-bench.
 */
public final class BenchAccounts {

	public static final String WALI = "bench-wali-";
	public static final String GOVERNOR = "bench-governor-";
	public static final String PLANNER = "bench-planner-";

	private final BenchApplication application;
	private final NationShape shape;

	public BenchAccounts(BenchApplication application, NationShape shape) {
		this.application = application;
		this.shape = shape;
	}

	public int open() {
		UserAdministration administration = application.bean(UserAdministration.class);
		Organizations organizations = application.bean(Organizations.class);
		int opened = 0;
		for (String region : NationShape.PROVINCES_PER_REGION.keySet()) {
			Province province = shape.provinces().stream()
				.filter(p -> p.regionCode().equals(region))
				.max(Comparator.comparingInt(Province::communes).thenComparing(Province::code, Comparator.reverseOrder()))
				.orElseThrow();
			Commune commune = shape.communes().stream()
				.filter(c -> c.provinceCode().equals(province.code()))
				.findFirst()
				.orElseThrow();
			open(administration, organizations, WALI + region, "Wali " + region, "SYN-WILAYA-" + region,
					Role.GOVERNOR_OFFICE, region);
			open(administration, organizations, GOVERNOR + province.code(), "Gouverneur " + province.code(),
					"SYN-GOVERNOR-" + province.code(), Role.GOVERNOR_OFFICE, province.code());
			open(administration, organizations, PLANNER + commune.code(), "Planificateur " + commune.code(),
					ProjectShape.councilCode(commune.code()), Role.PLANNER, commune.code());
			opened += 3;
		}
		return opened;
	}

	private static void open(UserAdministration administration, Organizations organizations, String username,
			String fullName, String organizationCode, Role role, String territoryCode) {
		Organization organization = organizations.findByCode(organizationCode)
			.orElseThrow(() -> new IllegalStateException("No organization " + organizationCode));
		administration.open(new NewAccount(username, BenchApplication.USER_PASSWORD, fullName, null, organization.id(),
				List.of(new Grant(role, territoryCode))));
	}
}
