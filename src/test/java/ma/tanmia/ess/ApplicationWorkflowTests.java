package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application's state machine: legal transitions move it on and leave a dated, attributed step; illegal ones are refused. */
class ApplicationWorkflowTests {

	static final LocalDate D = LocalDate.of(2025, 3, 10);

	static FinancingCall indh() {
		return new FinancingCall(new CallSpec("INDH-P3-2025", FinancingProgram.INDH_INCOME_YOUTH, "طلب", "Appel",
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), new BigDecimal("60"), new BigDecimal("300000"),
				new BigDecimal("50"), Set.of(), Set.of()), Map.of(), false);
	}

	static FinancingApplication submitted() {
		ApplicationRequest request = new ApplicationRequest("وحدة تثمين", "Unité de valorisation",
				List.of(new ApplicationRequest.Line("Équipement", new BigDecimal("400000")),
						new ApplicationRequest.Line("Local", new BigDecimal("100000"))),
				new BigDecimal("300000"), new BigDecimal("150000"), new BigDecimal("50000"));
		return FinancingApplication.submit("DF-1", indh(), 1, "/MA/MA-09/MA-TAR/", ValueChain.SAFFRON,
				CooperativeStatus.ACTIVE, request, D, "coop.argan", false);
	}

	@Test
	void an_application_goes_from_submission_to_closing_and_every_step_is_dated_and_attributed() {
		FinancingApplication a = submitted();
		a.confirmEligibility(D.plusDays(1), "partner.indh", null);
		a.score(72, D.plusDays(5), "committee.taroudant", "Bon projet");
		a.score(64, D.plusDays(5), "committee.other", null);
		a.approve(new BigDecimal("280000"), D.plusDays(10), "committee.taroudant", "Projet viable");
		a.signAgreement("CONV-2025-01", D.plusDays(20), "partner.indh");
		a.payTranche(new BigDecimal("140000"), D.plusDays(30), "partner.indh");
		a.recordVisit(D.plusDays(60), "partner.indh", "Équipement installé");
		a.payTranche(new BigDecimal("140000"), D.plusDays(90), "partner.indh");
		a.close(D.plusDays(120), "partner.indh", null);

		assertThat(a.status()).isEqualTo(ApplicationStatus.CLOSED);
		assertThat(a.paid()).isEqualByComparingTo("280000");
		// (72 + 64) / 2 = 68
		assertThat(a.averageScore().getAsDouble()).isEqualTo(68.0);
		assertThat(a.steps()).extracting(FinancingApplication.Step::kind).containsExactly(StepKind.SUBMITTED,
				StepKind.ELIGIBILITY_CONFIRMED, StepKind.SCORED, StepKind.SCORED, StepKind.APPROVED,
				StepKind.AGREEMENT_SIGNED, StepKind.TRANCHE_PAID, StepKind.FOLLOW_UP_VISIT, StepKind.TRANCHE_PAID,
				StepKind.CLOSED);
		assertThat(a.steps().get(4).recordedBy()).isEqualTo("committee.taroudant");
		assertThat(a.steps().get(4).occurredOn()).isEqualTo(D.plusDays(10));
		assertThat(a.budget()).isEqualByComparingTo("500000");
	}

	@Test
	void a_submitted_application_cannot_be_approved_before_eligibility_and_review() {
		FinancingApplication a = submitted();
		assertThatThrownBy(() -> a.approve(new BigDecimal("1000"), D, "committee", "ok"))
			.isInstanceOfSatisfying(EssRuleBroken.class,
					e -> assertThat(e.messageKey()).isEqualTo("ess.application.transition.SUBMITTED"));
		assertThatThrownBy(() -> a.payTranche(new BigDecimal("1000"), D, "partner"))
			.isInstanceOf(EssRuleBroken.class);
		assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(a.steps()).hasSize(1);
	}

	@Test
	void a_rejected_application_is_finished_and_cannot_be_signed() {
		FinancingApplication a = submitted();
		a.confirmEligibility(D, "partner", null);
		a.score(30, D, "committee", null);
		assertThatThrownBy(() -> a.reject(D, "committee", " ")).isInstanceOfSatisfying(EssRuleBroken.class,
				e -> assertThat(e.messageKey()).isEqualTo("ess.application.reason.required"));
		a.reject(D, "committee", "Marché non démontré");
		assertThat(a.status().finished()).isTrue();
		assertThatThrownBy(() -> a.signAgreement("X", D, "partner")).isInstanceOf(EssRuleBroken.class);
	}

	@Test
	void tranches_never_exceed_the_approved_amount_and_closing_needs_a_visit() {
		FinancingApplication a = submitted();
		a.confirmEligibility(D, "partner", null);
		a.score(80, D, "committee", null);
		a.approve(new BigDecimal("200000"), D, "committee", "ok");
		a.signAgreement("C-1", D, "partner");
		a.payTranche(new BigDecimal("150000"), D, "partner");
		// 150,000 paid + 60,000 = 210,000 > 200,000 approved
		assertThatThrownBy(() -> a.payTranche(new BigDecimal("60000"), D, "partner"))
			.isInstanceOfSatisfying(EssRuleBroken.class,
					e -> assertThat(e.messageKey()).isEqualTo("ess.application.tranche.exceeds"));
		assertThatThrownBy(() -> a.close(D, "partner", null)).isInstanceOfSatisfying(EssRuleBroken.class,
				e -> assertThat(e.messageKey()).isEqualTo("ess.application.close.noVisit"));
		assertThat(a.paid()).isEqualByComparingTo("150000");
	}

	@Test
	void the_approved_amount_cannot_exceed_the_request_and_a_member_scores_once() {
		FinancingApplication a = submitted();
		a.confirmEligibility(D, "partner", null);
		a.score(80, D, "committee", null);
		assertThatThrownBy(() -> a.score(90, D, "committee", null)).isInstanceOfSatisfying(EssRuleBroken.class,
				e -> assertThat(e.messageKey()).isEqualTo("ess.application.score.twice"));
		assertThatThrownBy(() -> a.approve(new BigDecimal("300001"), D, "committee", "ok"))
			.isInstanceOf(EssRuleBroken.class);
		assertThatThrownBy(() -> a.score(101, D, "other", null)).isInstanceOf(EssRuleBroken.class);
	}

	@Test
	void a_step_dated_before_the_previous_one_is_refused() {
		FinancingApplication a = submitted();
		assertThatThrownBy(() -> a.confirmEligibility(D.minusDays(1), "partner", null))
			.isInstanceOfSatisfying(EssRuleBroken.class,
					e -> assertThat(e.messageKey()).isEqualTo("ess.application.date.order"));
	}

	@Test
	void a_submission_breaking_the_rules_is_refused_with_every_failure() {
		ApplicationRequest request = new ApplicationRequest("م", "P",
				List.of(new ApplicationRequest.Line("Équipement", new BigDecimal("500000"))), new BigDecimal("310000"),
				new BigDecimal("190000"), BigDecimal.ZERO);
		assertThatThrownBy(() -> FinancingApplication.submit("DF-2", indh(), 1, "/MA/MA-09/", ValueChain.HONEY,
				CooperativeStatus.ACTIVE, request, D, "coop", false))
			.isInstanceOfSatisfying(ApplicationRefused.class, e -> assertThat(e.failures())
				.extracting(RuleFailure::messageKey).containsExactly("ess.rule.share", "ess.rule.amount"));
	}
}
