package ma.tanmia.bench.project;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.synthetic.BenchAccounts;
import ma.tanmia.shared.Authorizations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The accounts the bench measures as, signed in the way the application signs people in: the
 * {@link UserDetailsService} of the identity module builds the principal and its scoped roles, and
 * service calls run with it in the security context ({@code Authorizations.current()} reads it).
 */
final class People {

	/** One person: username, the region their scope lies in, the territory of their role. */
	record Person(String username, String password, String region, String territoryCode, SecurityContext context,
			Authorizations authorizations) {

		<T> T call(Supplier<T> call) {
			SecurityContextHolder.setContext(context);
			try {
				return call.get();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	private final Person admin;
	private final Map<String, Person> walis = new LinkedHashMap<>();
	private final Map<String, Person> planners = new LinkedHashMap<>();

	private People(Person admin) {
		this.admin = admin;
	}

	static People load(BenchApplication application, Connection connection) throws SQLException {
		UserDetailsService accounts = application.bean(UserDetailsService.class);
		People people = new People(person(accounts, "admin", BenchApplication.ADMIN_PASSWORD, null, "MA"));
		List<String[]> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select a.username, r.territory_code, split_part(u.path, '/', 3) as region
						from user_account a join user_role r on r.user_account = a.id
						join territorial_unit u on u.code = r.territory_code
						where a.username like 'bench-%' order by region, a.username
						""")) {
			while (rs.next()) {
				rows.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
			}
		}
		for (String[] row : rows) {
			Person person = person(accounts, row[0], BenchApplication.USER_PASSWORD, row[2], row[1]);
			if (row[0].startsWith(BenchAccounts.WALI)) {
				people.walis.put(row[2], person);
			}
			else if (row[0].startsWith(BenchAccounts.PLANNER)) {
				people.planners.put(row[2], person);
			}
		}
		if (people.walis.size() != 12 || people.planners.size() != 12) {
			throw new IllegalStateException("The bench accounts are missing: run 'generate' again");
		}
		return people;
	}

	private static Person person(UserDetailsService accounts, String username, String password, String region,
			String territory) {
		UserDetails user = accounts.loadUserByUsername(username);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		return new Person(username, password, region, territory, new SecurityContextImpl(authentication),
				Authorizations.of(authentication));
	}

	Person admin() {
		return admin;
	}

	/** The wali-type account whose scope is {@code region}. */
	Person wali(String region) {
		return walis.get(region);
	}

	/** The planner of one commune of {@code region}. */
	Person planner(String region) {
		return planners.get(region);
	}

	List<Person> planners() {
		return List.copyOf(planners.values());
	}

	List<Person> walis() {
		return List.copyOf(walis.values());
	}
}
