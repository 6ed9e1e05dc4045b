package ma.tanmia.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ma.tanmia.agreement.Agreements;
import ma.tanmia.prioritization.Criterion;
import ma.tanmia.prioritization.Prioritization;
import ma.tanmia.prioritization.Programming;
import ma.tanmia.prioritization.Scenario;
import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import ma.tanmia.project.ProjectCatalog;
import ma.tanmia.shared.LocalizedName;
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
 * Demonstration prioritization and programming of the prefectural program of Inezgane-Aït Melloul
 * 2022–2027 (weights from AHP comparisons, two evaluators' scores, two scenarios, the first chosen),
 * and two partnership agreements on 2016–2021 projects, one with a partner late in its payments.
 * Loaded once, after the programs, on the embedded default; all of it demonstration data.
 */
@Component
@ConditionalOnExpression("'${tanmia.db.url:}'.isEmpty() and ${tanmia.demo-data.enabled:true}")
@Order(5)
class PrioritizationDemoData implements DemoDataset {

	static final String DATASET = "prioritization-2022";

	private static final Logger log = LoggerFactory.getLogger(PrioritizationDemoData.class);

	private final UserDetailsService accounts;
	private final Programs programs;
	private final Prioritization prioritization;
	private final Programming programming;
	private final ProjectCatalog catalog;
	private final Agreements agreements;

	PrioritizationDemoData(UserDetailsService accounts, Programs programs, Prioritization prioritization,
			Programming programming, ProjectCatalog catalog, Agreements agreements) {
		this.accounts = accounts;
		this.programs = programs;
		this.prioritization = prioritization;
		this.programming = programming;
		this.catalog = catalog;
		this.agreements = agreements;
	}

	@Override
	public String name() {
		return DATASET;
	}

	@Override
	public void loadClaimed(TransactionStatus status) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		try {
			Program pdp = programs.findByCode(NextMandate.PDP_2022.code()).orElse(null);
			if (pdp == null || !signIn("admin")) {
				log.warn("Demonstration prioritization not loaded: program or administrator missing");
				status.setRollbackOnly();
				return;
			}
			prioritize(pdp);
			agreements();
			log.info("Demonstration prioritization, programming and agreements loaded");
		}
		catch (RuntimeException failure) {
			log.warn("Demonstration prioritization not loaded", failure);
			status.setRollbackOnly();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private boolean signIn(String username) {
		try {
			UserDetails user = accounts.loadUserByUsername(username);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			return true;
		}
		catch (RuntimeException missing) {
			return false;
		}
	}

	private void prioritize(Program pdp) {
		List<Criterion> criteria = prioritization.criteria(pdp.id());
		// The governor's emphasis: the social deficit and jobs first, then equity; citizen support and
		// alignment next; attractiveness, cost-effectiveness and maturity last.
		Map<String, Integer> rank = Map.of("SOCIAL_DEFICIT", 5, "JOBS", 5, "TERRITORIAL_EQUITY", 4, "ALIGNMENT", 3,
				"CITIZEN_SUPPORT", 3, "ATTRACTIVENESS", 2, "COST_EFFECTIVENESS", 2, "MATURITY", 2);
		Map<String, BigDecimal> comparisons = new LinkedHashMap<>();
		for (int i = 0; i < criteria.size(); i++) {
			for (int j = i + 1; j < criteria.size(); j++) {
				int difference = rank.get(criteria.get(i).code()) - rank.get(criteria.get(j).code());
				double value = difference >= 0 ? 1 + 2 * difference : 1.0 / (1 - 2 * difference);
				comparisons.put(criteria.get(i).code() + "|" + criteria.get(j).code(),
						BigDecimal.valueOf(Math.min(9, value)).setScale(6, RoundingMode.HALF_UP));
			}
		}
		prioritization.compare(pdp.id(), comparisons);
		List<String> evaluators = List.of("governor.inezgane", "partner.indh");
		evaluators.forEach(e -> prioritization.invite(pdp.id(), e));
		var candidates = catalog.candidates(pdp.id());
		Random random = new Random(2022);
		for (String evaluator : evaluators) {
			signIn(evaluator);
			for (var candidate : candidates) {
				Map<String, BigDecimal> scores = new LinkedHashMap<>();
				for (Criterion c : criteria) {
					double base = c.code().equals("MATURITY") ? (candidate.landSecured() ? 6 : 2) + (candidate.studiesDone() ? 3 : 0)
							: 3 + random.nextInt(7);
					scores.put(c.code(), BigDecimal.valueOf(Math.min(10, base)));
				}
				prioritization.score(pdp.id(), candidate.id(), scores);
			}
		}
		signIn("admin");
		// Caps as a share of each source's whole demand, per year: a quarter (the largest projects do
		// not fit, some wait) or a half (most fit).
		Map<String, BigDecimal> demand = programming.yearlyDemand(pdp.id(), 1);
		Map<String, List<BigDecimal>> tight = new LinkedHashMap<>();
		Map<String, List<BigDecimal>> generous = new LinkedHashMap<>();
		demand.forEach((source, perYear) -> {
			tight.put(source, java.util.Collections.nCopies(6, perYear.multiply(new BigDecimal("0.25")).setScale(0, RoundingMode.HALF_UP)));
			generous.put(source, java.util.Collections.nCopies(6, perYear.multiply(new BigDecimal("0.5")).setScale(0, RoundingMode.HALF_UP)));
		});
		List<List<String>> precedences = new ArrayList<>();
		if (candidates.size() >= 2) {
			precedences.add(List.of(candidates.get(0).code(), candidates.get(1).code()));
		}
		Scenario chosen = programming.save(pdp.id(), new Scenario.Draft("ميزانيات ضيقة (25٪ من الطلب سنويا) — budgets serrés (25 %), démonstration", 2023, 6,
				tight, precedences, null, 0, 0, 3, 10));
		Scenario other = programming.save(pdp.id(), new Scenario.Draft("ميزانيات موسعة (50٪ من الطلب سنويا) — budgets élargis (50 %), démonstration", 2023, 6,
				generous, precedences, null, 0, 0, 3, 10));
		programming.runAndWait(chosen.id());
		programming.runAndWait(other.id());
		programming.choose(chosen.id());
	}

	private void agreements() {
		List<Long> previous = programs.visible("2016-2021", null).stream()
			.filter(p -> p.territoryPath().startsWith("/MA/MA-09/MA-INE/")).map(Program::id).toList();
		var projects = catalog.within("/MA/MA-09/MA-INE/", previous, 2);
		if (projects.size() < 2) {
			return;
		}
		long late = agreements.open("CONV-DEMO-INE-2019-01", "MA-INE",
				new LocalizedName("اتفاقية شراكة لتمويل " + projects.get(0).title().ar() + " (بيانات تجريبية)",
						"Convention de partenariat pour " + projects.get(0).title().fr() + " (démonstration)", null),
				LocalDate.of(2019, 3, 12), true);
		long v = 0;
		agreements.addParty(late, v++, "CP-INE");
		agreements.addParty(late, v++, "CPDH-INE");
		agreements.linkProject(late, v++, projects.get(0).code());
		agreements.commit(late, v++, "CP-INE", 2019, new BigDecimal("4000000"));
		agreements.commit(late, v++, "CPDH-INE", 2019, new BigDecimal("2000000"));
		agreements.commit(late, v++, "CPDH-INE", 2020, new BigDecimal("2000000"));
		agreements.pay(late, v++, "CP-INE", LocalDate.of(2019, 9, 30), new BigDecimal("4000000"), "OP 2019/118");
		agreements.pay(late, v++, "CPDH-INE", LocalDate.of(2020, 2, 14), new BigDecimal("1000000"), "OV 2020/031");
		agreements.amend(late, v++, LocalDate.of(2020, 11, 5), "Avenant n° 1 : report d'une part de l'INDH (démonstration)",
				"CPDH-INE", 2021, new BigDecimal("500000"));
		agreements.setStatus(late, v++, "IN_FORCE");

		long paid = agreements.open("CONV-DEMO-INE-2018-02", "MA-INE",
				new LocalizedName("اتفاقية شراكة لتمويل " + projects.get(1).title().ar() + " (بيانات تجريبية)",
						"Convention de partenariat pour " + projects.get(1).title().fr() + " (démonstration)", null),
				LocalDate.of(2018, 6, 20), true);
		v = 0;
		agreements.addParty(paid, v++, "CR-SM");
		agreements.addParty(paid, v++, "DRS-SM");
		agreements.linkProject(paid, v++, projects.get(1).code());
		agreements.commit(paid, v++, "CR-SM", 2018, new BigDecimal("3000000"));
		agreements.commit(paid, v++, "DRS-SM", 2019, new BigDecimal("1500000"));
		agreements.pay(paid, v++, "CR-SM", LocalDate.of(2018, 12, 3), new BigDecimal("3000000"), "OP 2018/402");
		agreements.pay(paid, v++, "DRS-SM", LocalDate.of(2019, 10, 8), new BigDecimal("1500000"), "OP 2019/377");
		agreements.setStatus(paid, v++, "CLOSED");
	}
}
