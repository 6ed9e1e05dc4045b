package ma.tanmia.ess;

import java.math.BigDecimal;
import java.util.List;

/** An application as its page shows it. */
record ApplicationView(String reference, String titleAr, String titleFr, ApplicationStatus status, BigDecimal budget,
		BigDecimal requested, BigDecimal ownCash, BigDecimal ownInKind, BigDecimal approved, BigDecimal paid,
		String decisionReason, String agreementNumber, long version, List<FinancingApplication.BudgetLine> budgetLines,
		List<FinancingApplication.Step> steps, String callCode, String callTitleAr, String callTitleFr) {

	static ApplicationView of(FinancingApplication a, FinancingCall call) {
		return new ApplicationView(a.reference(), a.titleAr(), a.titleFr(), a.status(), a.budget(), a.requested(),
				a.ownCash(), a.ownInKind(), a.approved(), a.paid(), a.decisionReason(), a.agreementNumber(), a.version(),
				a.budgetLines(), a.steps(), call.code(), call.titleAr(), call.titleFr());
	}
}
