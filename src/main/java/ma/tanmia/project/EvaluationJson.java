package ma.tanmia.project;

import java.math.BigDecimal;
import java.util.List;

/** The evaluation as the API publishes it: stable field names, amounts in MAD, rates in percent. */
record EvaluationJson(String mandate, String territory, Totals totals, List<Line> byStatus, List<Cause> byCauseFamily,
		List<Cause> byCause, Cause noCauseRecorded, List<Line> byCommune, List<Line> bySector, List<Line> byCompetence,
		List<Line> byAxis, List<Source> byFundingSource, EvaluationReport.Answer answer) {

	record Totals(long projects, BigDecimal cost, long completed, long notCompleted, BigDecimal notCompletedPercent,
			BigDecimal physicalExecutionPercent, BigDecimal financialExecutionPercent, BigDecimal committed, BigDecimal paid,
			BigDecimal unexecutedAmount, long late, BigDecimal lateCost) {
	}

	record Line(String key, String nameAr, String nameFr, long projects, BigDecimal cost, long completed,
			BigDecimal physicalExecutionPercent, BigDecimal financialExecutionPercent, BigDecimal unexecutedAmount) {
	}

	record Cause(String code, String family, String nameAr, String nameFr, long count, BigDecimal amount,
			BigDecimal percentOfUnexecuted) {
	}

	record Source(String code, String kind, String nameAr, String nameFr, BigDecimal planned, BigDecimal committed,
			BigDecimal paid, BigDecimal paymentPercent) {
	}

	static EvaluationJson of(EvaluationReport r) {
		EvaluationReport.Totals t = r.totals();
		return new EvaluationJson(r.mandate(), r.territoryCode(),
				new Totals(t.projects(), t.cost(), t.completed(), t.notCompleted(), t.notCompletedShare(), t.physicalRate(),
						t.financialRate(), t.committed(), t.paid(), t.unexecutedAmount(), t.late(), t.lateCost()),
				lines(r.byStatus()), causes(r.byCauseFamily()), causes(r.byCause()), cause(r.noCause()),
				lines(r.byTerritory()), lines(r.bySector()), lines(r.byCompetence()), lines(r.byAxis()),
				r.byFundingSource().stream()
					.map(s -> new Source(s.code(), s.kind(), s.label().ar(), s.label().fr(), s.planned(), s.committed(),
							s.paid(), s.paymentRate()))
					.toList(),
				r.answer());
	}

	private static List<Line> lines(List<EvaluationReport.Group> groups) {
		return groups.stream()
			.map(g -> new Line(g.key(), g.label() == null ? null : g.label().ar(), g.label() == null ? null : g.label().fr(),
					g.projects(), g.cost(), g.completed(), g.physicalRate(), g.financialRate(), g.unexecutedAmount()))
			.toList();
	}

	private static List<Cause> causes(List<EvaluationReport.CauseShare> shares) {
		return shares.stream().map(EvaluationJson::cause).toList();
	}

	private static Cause cause(EvaluationReport.CauseShare s) {
		return new Cause(s.code(), s.familyCode(), s.label() == null ? null : s.label().ar(),
				s.label() == null ? null : s.label().fr(), s.projects(), s.amount(), s.shareOfUnexecuted());
	}
}
