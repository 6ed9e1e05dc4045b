package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for projects and the applications to them. Each workflow step is checked against the
 * actor's role and scope here (a cooperative manager submits for their own cooperative, officers
 * check eligibility and follow the agreement, committee members of the province score and decide),
 * then against the application's state by the aggregate, and goes to the audit trail.
 */
@Service
public class Financing {

	/** The application changed since the person opened it: nothing was written. */
	static class EditConflict extends RuntimeException {

		EditConflict() {
			super("The application was changed by someone else");
		}
	}

	private final FinancingCallRepository calls;
	private final FinancingApplicationRepository applications;
	private final CooperativeRepository cooperatives;
	private final Territories territories;
	private final EssAccess access;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	Financing(FinancingCallRepository calls, FinancingApplicationRepository applications,
			CooperativeRepository cooperatives, Territories territories, EssAccess access, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.calls = calls;
		this.applications = applications;
		this.cooperatives = cooperatives;
		this.territories = territories;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Opens a call for projects; an administrator (its rules bind every province it names). */
	@Transactional
	public long openCall(CallSpec spec, boolean demonstration) {
		if (!Authorizations.current().has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only an administrator opens a call for projects");
		}
		if (spec.code() != null && calls.findByCode(spec.code().strip()).isPresent()) {
			throw new EssRuleBroken("ess.call.code.taken", spec.code());
		}
		Map<String, String> paths = new LinkedHashMap<>();
		for (String code : spec.territoryCodes()) {
			paths.put(code, territories.pathOf(code)
				.orElseThrow(() -> new EssRuleBroken("ess.cooperative.territory.unknown", code)));
		}
		FinancingCall saved = calls.save(new FinancingCall(spec, paths, demonstration));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", saved.code());
		after.put("program", saved.program().name());
		after.put("max_share_pct", saved.maxSharePct());
		after.put("max_amount", saved.maxAmount());
		after.put("max_in_kind_pct", saved.maxInKindPct());
		after.put("value_chains", saved.valueChains().toString());
		after.put("territories", saved.territoryCodes().toString());
		events.publishEvent(EntityChanged.created("FinancingCall", saved.code(), saved.titleFr(), after));
		return saved.id();
	}

	/**
	 * Submits a cooperative's application to a call; the call's rules are checked and every broken one
	 * explained ({@link ApplicationRefused}). Returns the application's reference.
	 */
	@Transactional
	public String submit(String callCode, long cooperativeId, ApplicationRequest request, LocalDate on,
			boolean demonstration) {
		FinancingCall call = calls.findByCode(callCode).orElseThrow(() -> new EssRuleBroken("ess.call.unknown", callCode));
		Cooperative cooperative = cooperatives.findById(cooperativeId)
			.orElseThrow(() -> new CooperativeNotFound(cooperativeId));
		access.checkEdits(cooperativeId, cooperative.territoryPath());
		long number = jdbc.sql("select nextval('ess_application_reference_seq')").query(Long.class).single();
		String reference = "DF-%d-%05d".formatted(on.getYear(), number);
		FinancingApplication application = FinancingApplication.submit(reference, call, cooperativeId,
				cooperative.territoryPath(), cooperative.valueChain(), cooperative.status(), request, on,
				EssAccess.username(), demonstration);
		FinancingApplication saved = applications.save(application);
		events.publishEvent(EntityChanged.created("FinancingApplication", reference, saved.titleFr(), snapshot(saved)));
		return reference;
	}

	@Transactional
	public void confirmEligibility(String reference, Long expectedVersion, LocalDate on, String note) {
		officerStep(reference, expectedVersion, a -> a.confirmEligibility(on, EssAccess.username(), note));
	}

	@Transactional
	public void declareIneligible(String reference, Long expectedVersion, LocalDate on, String reason) {
		officerStep(reference, expectedVersion, a -> a.declareIneligible(on, EssAccess.username(), reason));
	}

	@Transactional
	public void score(String reference, Long expectedVersion, int score, LocalDate on, String note) {
		committeeStep(reference, expectedVersion, a -> a.score(score, on, EssAccess.username(), note));
	}

	@Transactional
	public void approve(String reference, Long expectedVersion, BigDecimal amount, LocalDate on, String reason) {
		committeeStep(reference, expectedVersion, a -> a.approve(amount, on, EssAccess.username(), reason));
	}

	@Transactional
	public void reject(String reference, Long expectedVersion, LocalDate on, String reason) {
		committeeStep(reference, expectedVersion, a -> a.reject(on, EssAccess.username(), reason));
	}

	@Transactional
	public void signAgreement(String reference, Long expectedVersion, String number, LocalDate on) {
		officerStep(reference, expectedVersion, a -> a.signAgreement(number, on, EssAccess.username()));
	}

	@Transactional
	public void payTranche(String reference, Long expectedVersion, BigDecimal amount, LocalDate on) {
		officerStep(reference, expectedVersion, a -> a.payTranche(amount, on, EssAccess.username()));
	}

	@Transactional
	public void recordVisit(String reference, Long expectedVersion, LocalDate on, String findings) {
		officerStep(reference, expectedVersion, a -> a.recordVisit(on, EssAccess.username(), findings));
	}

	@Transactional
	public void close(String reference, Long expectedVersion, LocalDate on, String note) {
		officerStep(reference, expectedVersion, a -> a.close(on, EssAccess.username(), note));
	}

	FinancingApplication visible(String reference) {
		FinancingApplication application = applications.findByReference(reference)
			.orElseThrow(() -> new CooperativeNotFound(reference));
		access.checkSees(application.cooperativeId(), application.territoryPath());
		return application;
	}

	private void officerStep(String reference, Long expectedVersion, Consumer<FinancingApplication> step) {
		FinancingApplication application = applications.findByReference(reference)
			.orElseThrow(() -> new CooperativeNotFound(reference));
		access.checkOfficer(application.territoryPath());
		apply(application, expectedVersion, step);
	}

	private void committeeStep(String reference, Long expectedVersion, Consumer<FinancingApplication> step) {
		FinancingApplication application = applications.findByReference(reference)
			.orElseThrow(() -> new CooperativeNotFound(reference));
		access.checkCommitteeMember(application.territoryPath());
		apply(application, expectedVersion, step);
	}

	private void apply(FinancingApplication application, Long expectedVersion, Consumer<FinancingApplication> step) {
		if (expectedVersion != null && !expectedVersion.equals(application.version())) {
			throw new EditConflict();
		}
		Map<String, Object> before = snapshot(application);
		step.accept(application);
		FinancingApplication saved = applications.save(application);
		FinancingApplication.Step last = saved.steps().get(saved.steps().size() - 1);
		events.publishEvent(EntityChanged.updated("FinancingApplication", saved.reference(), last.kind().name(), before,
				snapshot(saved)));
	}

	static Map<String, Object> snapshot(FinancingApplication a) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("reference", a.reference());
		values.put("status", a.status().name());
		values.put("budget", a.budget());
		values.put("requested", a.requested());
		values.put("own_cash", a.ownCash());
		values.put("own_in_kind", a.ownInKind());
		values.put("approved", a.approved());
		values.put("paid", a.paid());
		values.put("decision_reason", a.decisionReason());
		values.put("agreement_number", a.agreementNumber());
		values.put("steps", a.steps().size());
		values.put("version", a.version());
		return values;
	}
}
