package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cooperative's application to a call for projects, and its workflow as a state machine:
 *
 * <pre>
 * SUBMITTED ─confirm→ ELIGIBLE ─score→ UNDER_REVIEW ─approve→ APPROVED ─sign→ AGREEMENT_SIGNED ─pay→ IN_PAYMENT ─close→ CLOSED
 *     └─declare ineligible→ INELIGIBLE        └─reject→ REJECTED      (visits: AGREEMENT_SIGNED, IN_PAYMENT)
 * </pre>
 *
 * Each transition is a method that refuses to run from the wrong state, and appends a dated,
 * attributed step to the history, so the history and the state can never disagree. Submission checks
 * the call's rules; payments never exceed the approved amount.
 */
@Table("ess_application")
class FinancingApplication {

	static final int MAX_SCORE = 100;

	@Id
	private Long id;
	private String reference;
	private Long callId;
	private Long cooperativeId;
	private String territoryPath;
	private ValueChain valueChain;
	private String titleAr;
	private String titleFr;
	private BigDecimal budget;
	private BigDecimal requested;
	private BigDecimal ownCash;
	private BigDecimal ownInKind;
	private BigDecimal approved;
	private BigDecimal paid = BigDecimal.ZERO;
	private ApplicationStatus status;
	private LocalDate submittedOn;
	private String decisionReason;
	private String agreementNumber;
	private boolean demonstration;
	@Version
	private Long version;
	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<BudgetLine> budgetLines = new ArrayList<>();
	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<Step> steps = new ArrayList<>();

	@Table("ess_budget_line")
	record BudgetLine(String label, BigDecimal amount) {
	}

	@Table("ess_application_step")
	record Step(StepKind kind, ApplicationStatus statusAfter, LocalDate occurredOn, String recordedBy,
			OffsetDateTime recordedAt, BigDecimal amount, Integer score, String note) {
	}

	FinancingApplication() {
	}

	/** Submits an application; refused, with every broken rule explained, when the call's rules say no. */
	static FinancingApplication submit(String reference, FinancingCall call, long cooperativeId, String territoryPath,
			ValueChain valueChain, CooperativeStatus cooperativeStatus, ApplicationRequest request, LocalDate on, String by,
			boolean demonstration) {
		if (request.titleAr() == null || request.titleAr().isBlank() || request.titleFr() == null
				|| request.titleFr().isBlank()) {
			throw new EssRuleBroken("ess.application.title.required");
		}
		if (request.lines() == null || request.lines().isEmpty()) {
			throw new EssRuleBroken("ess.application.lines.required");
		}
		for (ApplicationRequest.Line line : request.lines()) {
			if (line.label() == null || line.label().isBlank() || line.amount() == null || line.amount().signum() <= 0) {
				throw new EssRuleBroken("ess.application.line.invalid");
			}
		}
		BigDecimal budget = request.lines().stream().map(ApplicationRequest.Line::amount).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		List<RuleFailure> failures = call.rules().check(new CallRules.Proposal(budget,
				orZero(request.requested()), orZero(request.ownCash()), orZero(request.ownInKind()), valueChain,
				territoryPath, cooperativeStatus, on));
		if (!failures.isEmpty()) {
			throw new ApplicationRefused(failures);
		}
		FinancingApplication a = new FinancingApplication();
		a.reference = reference;
		a.callId = call.id();
		a.cooperativeId = cooperativeId;
		a.territoryPath = territoryPath;
		a.valueChain = valueChain;
		a.titleAr = request.titleAr().strip();
		a.titleFr = request.titleFr().strip();
		request.lines().forEach(l -> a.budgetLines.add(new BudgetLine(l.label().strip(), l.amount())));
		a.budget = budget;
		a.requested = request.requested();
		a.ownCash = orZero(request.ownCash());
		a.ownInKind = orZero(request.ownInKind());
		a.submittedOn = on;
		a.demonstration = demonstration;
		a.status = ApplicationStatus.SUBMITTED;
		a.record(StepKind.SUBMITTED, on, by, null, null, null);
		return a;
	}

	void confirmEligibility(LocalDate on, String by, String note) {
		require(ApplicationStatus.SUBMITTED);
		status = ApplicationStatus.ELIGIBLE;
		record(StepKind.ELIGIBILITY_CONFIRMED, on, by, null, null, note);
	}

	void declareIneligible(LocalDate on, String by, String reason) {
		require(ApplicationStatus.SUBMITTED);
		decisionReason = reasonRequired(reason);
		status = ApplicationStatus.INELIGIBLE;
		record(StepKind.DECLARED_INELIGIBLE, on, by, null, null, decisionReason);
	}

	/** A committee member's score (0–100); each member scores an application once. */
	void score(int score, LocalDate on, String by, String note) {
		require(ApplicationStatus.ELIGIBLE, ApplicationStatus.UNDER_REVIEW);
		if (score < 0 || score > MAX_SCORE) {
			throw new EssRuleBroken("ess.application.score.range", MAX_SCORE);
		}
		if (steps.stream().anyMatch(s -> s.kind() == StepKind.SCORED && s.recordedBy().equals(by))) {
			throw new EssRuleBroken("ess.application.score.twice");
		}
		status = ApplicationStatus.UNDER_REVIEW;
		record(StepKind.SCORED, on, by, null, score, note);
	}

	void approve(BigDecimal amount, LocalDate on, String by, String reason) {
		require(ApplicationStatus.UNDER_REVIEW);
		if (amount == null || amount.signum() <= 0 || amount.compareTo(requested) > 0) {
			throw new EssRuleBroken("ess.application.approved.range", requested);
		}
		approved = amount;
		decisionReason = reasonRequired(reason);
		status = ApplicationStatus.APPROVED;
		record(StepKind.APPROVED, on, by, amount, null, decisionReason);
	}

	void reject(LocalDate on, String by, String reason) {
		require(ApplicationStatus.UNDER_REVIEW);
		decisionReason = reasonRequired(reason);
		status = ApplicationStatus.REJECTED;
		record(StepKind.REJECTED, on, by, null, null, decisionReason);
	}

	void signAgreement(String number, LocalDate on, String by) {
		require(ApplicationStatus.APPROVED);
		if (number == null || number.isBlank()) {
			throw new EssRuleBroken("ess.application.agreement.required");
		}
		agreementNumber = number.strip();
		status = ApplicationStatus.AGREEMENT_SIGNED;
		record(StepKind.AGREEMENT_SIGNED, on, by, null, null, agreementNumber);
	}

	/** A tranche paid; the payments never exceed the approved amount. */
	void payTranche(BigDecimal amount, LocalDate on, String by) {
		require(ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.IN_PAYMENT);
		if (amount == null || amount.signum() <= 0) {
			throw new EssRuleBroken("ess.application.tranche.positive");
		}
		if (paid.add(amount).compareTo(approved) > 0) {
			throw new EssRuleBroken("ess.application.tranche.exceeds", amount, paid, approved);
		}
		paid = paid.add(amount);
		status = ApplicationStatus.IN_PAYMENT;
		record(StepKind.TRANCHE_PAID, on, by, amount, null, null);
	}

	void recordVisit(LocalDate on, String by, String findings) {
		require(ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.IN_PAYMENT);
		record(StepKind.FOLLOW_UP_VISIT, on, by, null, null, reasonRequired(findings));
	}

	/** Closes a financed project: it was paid (at least a tranche) and visited at least once. */
	void close(LocalDate on, String by, String note) {
		require(ApplicationStatus.IN_PAYMENT);
		if (steps.stream().noneMatch(s -> s.kind() == StepKind.FOLLOW_UP_VISIT)) {
			throw new EssRuleBroken("ess.application.close.noVisit");
		}
		status = ApplicationStatus.CLOSED;
		record(StepKind.CLOSED, on, by, null, null, note);
	}

	private void require(ApplicationStatus... allowed) {
		for (ApplicationStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new EssRuleBroken("ess.application.transition." + status.name());
	}

	private void record(StepKind kind, LocalDate on, String by, BigDecimal amount, Integer score, String note) {
		if (on == null || on.isAfter(CooperativeRegistry.today())) {
			throw new EssRuleBroken("ess.application.date.future");
		}
		if (!steps.isEmpty() && on.isBefore(steps.get(steps.size() - 1).occurredOn())) {
			throw new EssRuleBroken("ess.application.date.order", steps.get(steps.size() - 1).occurredOn());
		}
		steps.add(new Step(kind, status, on, by, OffsetDateTime.now(), amount, score,
				note == null || note.isBlank() ? null : note.strip()));
	}

	private static String reasonRequired(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new EssRuleBroken("ess.application.reason.required");
		}
		return reason.strip();
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	OptionalDouble averageScore() {
		return steps.stream().filter(s -> s.kind() == StepKind.SCORED).mapToInt(Step::score).average();
	}

	Long id() { return id; }
	String reference() { return reference; }
	Long callId() { return callId; }
	Long cooperativeId() { return cooperativeId; }
	String territoryPath() { return territoryPath; }
	ValueChain valueChain() { return valueChain; }
	String titleAr() { return titleAr; }
	String titleFr() { return titleFr; }
	BigDecimal budget() { return budget; }
	BigDecimal requested() { return requested; }
	BigDecimal ownCash() { return ownCash; }
	BigDecimal ownInKind() { return ownInKind; }
	BigDecimal approved() { return approved; }
	BigDecimal paid() { return paid; }
	ApplicationStatus status() { return status; }
	LocalDate submittedOn() { return submittedOn; }
	String decisionReason() { return decisionReason; }
	String agreementNumber() { return agreementNumber; }
	Long version() { return version; }
	List<BudgetLine> budgetLines() { return List.copyOf(budgetLines); }
	List<Step> steps() { return List.copyOf(steps); }
}
