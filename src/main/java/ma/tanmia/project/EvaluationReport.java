package ma.tanmia.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import ma.tanmia.shared.LocalizedName;

/**
 * The evaluation of a mandate's projects in a territory: what was executed, what was not and why.
 *
 * <p>Definitions (docs/EVALUATION.md): rates are weighted by cost; the unexecuted amount of a
 * project not completed is its cost × (100 − physical progress) %; that amount is attributed to the
 * cause families recorded on the project, in equal parts, and within a family to its causes in equal
 * parts, so the shares of the families add up to the attributed amount.
 */
public record EvaluationReport(String mandate, String territoryCode, LocalizedName territoryName, Totals totals,
		List<Group> byStatus, List<CauseShare> byCauseFamily, List<CauseShare> byCause, CauseShare noCause,
		List<Group> byTerritory, List<Group> bySector, List<Group> byCompetence, List<Group> byAxis,
		List<SourceExecution> byFundingSource, Answer answer) {

	public record Totals(long projects, BigDecimal cost, long completed, long notCompleted, BigDecimal physicalRate,
			BigDecimal financialRate, BigDecimal committed, BigDecimal paid, BigDecimal unexecutedAmount, long late,
			BigDecimal lateCost) {

		public BigDecimal notCompletedShare() {
			return share(BigDecimal.valueOf(notCompleted), BigDecimal.valueOf(projects));
		}
	}

	/** A line of a breakdown: a status, a commune, a sector, an axis… with its measures. */
	public record Group(String key, LocalizedName label, long projects, BigDecimal cost, long completed,
			BigDecimal physicalRate, BigDecimal financialRate, BigDecimal unexecutedAmount) {

		public BigDecimal completionShare() {
			return share(BigDecimal.valueOf(completed), BigDecimal.valueOf(projects));
		}
	}

	/** Projects not completed held back by a cause family or cause: how many, and how much of the unexecuted amount. */
	public record CauseShare(String code, String familyCode, LocalizedName label, long projects, BigDecimal amount,
			BigDecimal shareOfUnexecuted) {
	}

	/** Planned funding of a source against what was committed and paid. */
	public record SourceExecution(String code, String kind, LocalizedName label, BigDecimal planned, BigDecimal committed,
			BigDecimal paid) {

		public BigDecimal paymentRate() {
			return share(paid, planned);
		}

		public BigDecimal commitmentsUnpaid() {
			return committed.subtract(paid).max(BigDecimal.ZERO);
		}
	}

	/**
	 * The sentence on top: which family weighs more, with the figures behind it.
	 *
	 * @param verdict FINANCING, GOVERNANCE, BALANCED, OTHER (another family leads) or NONE (nothing unexecuted)
	 */
	public record Answer(String verdict, long projects, BigDecimal notCompletedShare, BigDecimal financingShare,
			BigDecimal governanceShare, BigDecimal noCauseShare, String leadingFamily, BigDecimal leadingShare) {
	}

	/** {@code part / whole} as a percentage with one decimal, 0 when the whole is 0. */
	static BigDecimal share(BigDecimal part, BigDecimal whole) {
		if (whole == null || whole.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}
}
