package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramKind;
import ma.tanmia.program.Programs;
import ma.tanmia.shared.LocalizedName;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Programs and projects for the Excel tests, created through the modules' own services as an
 * administrator would. Codes start with XL- so they never meet the demonstration data.
 */
final class ExcelFixtures {

	static final String MANDATE = "2022-2027";
	static final String INEZGANE = "MA-INE-01";
	static final String AIT_MELLOUL = "MA-INE-02";

	private final Programs programs;
	private final ProjectEditing editing;
	private final UserDetailsService accounts;

	ExcelFixtures(Programs programs, ProjectEditing editing, UserDetailsService accounts) {
		this.programs = programs;
		this.editing = editing;
		this.accounts = accounts;
	}

	/** Runs {@code work} signed in as {@code username}, with that account's real scoped roles. */
	<T> T as(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	void as(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	/** The communal action program (PAC) of a commune for the mandate, opened if there is none yet. */
	Program pac(String commune) {
		return as("admin", () -> programs.visible(MANDATE, null).stream()
			.filter(p -> p.kind() == ProgramKind.PAC && p.territoryCode().equals(commune))
			.findFirst()
			.orElseGet(() -> programs.open("XL-PAC-" + commune, ProgramKind.PAC, MANDATE, commune, null,
					new LocalizedName("برنامج عمل الجماعة " + commune, "PAC " + commune, null), false)));
	}

	/** A road project of {@code cost} MAD in a commune, planned over 2024–2026. */
	String project(String code, String commune, String sector, BigDecimal cost) {
		Program program = pac(commune);
		as("admin", () -> editing.register(code, program.id(),
				new ProjectDescription("مشروع " + code, "Projet " + code, null, null, null, sector, Competence.OWN, commune,
						null, null, null, null, null, cost, false, false, LocalDate.of(2024, 1, 15),
						LocalDate.of(2026, 6, 30)),
				List.of(new PlannedFunding("COMMUNE", 2024, cost)), false));
		return code;
	}

	String project(String code, String commune) {
		return project(code, commune, "ROADS", new BigDecimal("1000000.00"));
	}
}
