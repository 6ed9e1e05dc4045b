package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.project.EvaluationReport.CauseShare;
import ma.tanmia.project.EvaluationReport.Group;
import ma.tanmia.project.EvaluationReport.SourceExecution;
import ma.tanmia.project.EvaluationReport.Totals;
import ma.tanmia.project.Spreadsheets.Column;
import ma.tanmia.project.Spreadsheets.Styles;
import ma.tanmia.shared.LocalizedName;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A mandate's evaluation as an Excel workbook: a summary with the figures behind the answer, then
 * one sheet per breakdown (status, cause families, causes, territories, sectors, competence, axes,
 * funding sources), with the conventions of every Tanmia workbook (see {@link Spreadsheets}).
 */
@Component
class EvaluationExport {

	private final MessageSource messages;

	EvaluationExport(MessageSource messages) {
		this.messages = messages;
	}

	SXSSFWorkbook write(EvaluationReport report, Locale language, LocalDate day) {
		SXSSFWorkbook workbook = Spreadsheets.streaming();
		try {
			Styles styles = Styles.of(workbook, language);
			Writer writer = new Writer(workbook, styles, language);
			writer.summary(report, day);
			writer.groups("xlsx.evaluation.sheet.status", report.byStatus(), g -> msg("project.status." + g.key(), language));
			writer.families(report);
			writer.causes(report);
			writer.groups("xlsx.evaluation.sheet.territories", report.byTerritory(), g -> name(g.label(), g.key(), language));
			writer.groups("xlsx.evaluation.sheet.sectors", report.bySector(), g -> name(g.label(), g.key(), language));
			writer.groups("xlsx.evaluation.sheet.competence", report.byCompetence(),
					g -> msg("project.competence." + g.key(), language));
			writer.groups("xlsx.evaluation.sheet.axes", report.byAxis(), g -> name(g.label(), g.key(), language));
			writer.sources(report.byFundingSource());
			return workbook;
		}
		catch (RuntimeException e) {
			workbook.dispose();
			throw e;
		}
	}

	private String msg(String key, Locale language) {
		return messages.getMessage(key, null, key, language);
	}

	private static String name(LocalizedName label, String key, Locale language) {
		return label == null ? key : label.in(language);
	}

	private final class Writer {

		final SXSSFWorkbook workbook;
		final Styles styles;
		final Locale language;

		Writer(SXSSFWorkbook workbook, Styles styles, Locale language) {
			this.workbook = workbook;
			this.styles = styles;
			this.language = language;
		}

		Sheet sheet(String nameKey, List<Column> columns) {
			return Spreadsheets.sheet(workbook, msg(nameKey, language), language, styles, columns);
		}

		Column column(String key, int width) {
			return new Column(msg(key, language), width);
		}

		void summary(EvaluationReport r, LocalDate day) {
			Sheet sheet = sheet("xlsx.evaluation.sheet.summary",
					List.of(column("xlsx.evaluation.item", 52), column("xlsx.evaluation.value", 26)));
			Totals t = r.totals();
			EvaluationReport.Answer a = r.answer();
			int[] n = { 0 };
			line(sheet, n, "xlsx.evaluation.mandate", r.mandate());
			line(sheet, n, "xlsx.evaluation.territory", name(r.territoryName(), r.territoryCode(), language)
					+ " (" + r.territoryCode() + ")");
			line(sheet, n, "xlsx.evaluation.verdict", msg("xlsx.evaluation.verdict." + a.verdict(), language));
			line(sheet, n, "xlsx.evaluation.projects", t.projects(), styles.integer());
			line(sheet, n, "xlsx.evaluation.cost", t.cost(), styles.money());
			line(sheet, n, "xlsx.evaluation.completed", t.completed(), styles.integer());
			line(sheet, n, "xlsx.evaluation.notCompleted", t.notCompleted(), styles.integer());
			line(sheet, n, "xlsx.evaluation.notCompletedShare", a.notCompletedShare(), styles.percent());
			line(sheet, n, "xlsx.evaluation.physicalRate", t.physicalRate(), styles.percent());
			line(sheet, n, "xlsx.evaluation.financialRate", t.financialRate(), styles.percent());
			line(sheet, n, "xlsx.column.committed", t.committed(), styles.money());
			line(sheet, n, "xlsx.column.paid", t.paid(), styles.money());
			line(sheet, n, "xlsx.evaluation.unexecuted", t.unexecutedAmount(), styles.money());
			line(sheet, n, "xlsx.evaluation.financingShare", a.financingShare(), styles.percent());
			line(sheet, n, "xlsx.evaluation.governanceShare", a.governanceShare(), styles.percent());
			line(sheet, n, "xlsx.evaluation.noCauseShare", a.noCauseShare(), styles.percent());
			String leading = a.leadingFamily() == null ? null
					: r.byCauseFamily().stream().filter(f -> f.code().equals(a.leadingFamily())).findFirst()
						.map(f -> name(f.label(), f.code(), language)).orElse(a.leadingFamily());
			line(sheet, n, "xlsx.evaluation.leadingFamily", leading == null ? "—" : leading);
			line(sheet, n, "xlsx.evaluation.leadingShare", a.leadingShare(), styles.percent());
			line(sheet, n, "xlsx.evaluation.late", t.late(), styles.integer());
			line(sheet, n, "xlsx.evaluation.lateCost", t.lateCost(), styles.money());
			Row generated = sheet.createRow(++n[0]);
			Spreadsheets.text(generated, 0, msg("xlsx.evaluation.generatedOn", language), styles.text());
			Spreadsheets.date(generated, 1, day, styles.date());
			Spreadsheets.filter(sheet, n[0], 2);
		}

		private void line(Sheet sheet, int[] n, String key, String value) {
			Row row = sheet.createRow(++n[0]);
			Spreadsheets.text(row, 0, msg(key, language), styles.text());
			Spreadsheets.text(row, 1, value, styles.text());
		}

		private void line(Sheet sheet, int[] n, String key, BigDecimal value, CellStyle style) {
			Row row = sheet.createRow(++n[0]);
			Spreadsheets.text(row, 0, msg(key, language), styles.text());
			Spreadsheets.number(row, 1, value, style);
		}

		private void line(Sheet sheet, int[] n, String key, long value, CellStyle style) {
			Row row = sheet.createRow(++n[0]);
			Spreadsheets.text(row, 0, msg(key, language), styles.text());
			Spreadsheets.number(row, 1, value, style);
		}

		void groups(String sheetKey, List<Group> groups, java.util.function.Function<Group, String> label) {
			Sheet sheet = sheet(sheetKey, List.of(column("xlsx.evaluation.label", 44), column("xlsx.evaluation.code", 16),
					column("xlsx.evaluation.projects", 11), column("xlsx.evaluation.completed", 11),
					column("xlsx.evaluation.completionShare", 13), column("xlsx.evaluation.cost", 20),
					column("xlsx.evaluation.physicalRate", 14), column("xlsx.evaluation.financialRate", 14),
					column("xlsx.evaluation.unexecuted", 20)));
			int n = 0;
			for (Group g : groups) {
				Row row = sheet.createRow(++n);
				Spreadsheets.text(row, 0, label.apply(g), styles.text());
				Spreadsheets.text(row, 1, g.key(), styles.text());
				Spreadsheets.number(row, 2, g.projects(), styles.integer());
				Spreadsheets.number(row, 3, g.completed(), styles.integer());
				Spreadsheets.number(row, 4, g.completionShare(), styles.percent());
				Spreadsheets.number(row, 5, g.cost(), styles.money());
				Spreadsheets.number(row, 6, g.physicalRate(), styles.percent());
				Spreadsheets.number(row, 7, g.financialRate(), styles.percent());
				Spreadsheets.number(row, 8, g.unexecutedAmount(), styles.money());
			}
			Spreadsheets.filter(sheet, n, 9);
		}

		void families(EvaluationReport r) {
			Sheet sheet = sheet("xlsx.evaluation.sheet.families", List.of(column("xlsx.evaluation.causeFamily", 44),
					column("xlsx.evaluation.code", 16), column("xlsx.evaluation.projects", 11),
					column("xlsx.evaluation.attributed", 20), column("xlsx.evaluation.shareOfUnexecuted", 16)));
			int n = 0;
			for (CauseShare s : r.byCauseFamily()) {
				n = share(sheet, n, name(s.label(), s.code(), language), s.code(), null, s);
			}
			n = share(sheet, n, msg("xlsx.evaluation.noCause", language), r.noCause().code(), null, r.noCause());
			Spreadsheets.filter(sheet, n, 5);
		}

		void causes(EvaluationReport r) {
			Map<String, String> families = new HashMap<>();
			r.byCauseFamily().forEach(f -> families.put(f.code(), name(f.label(), f.code(), language)));
			Sheet sheet = sheet("xlsx.evaluation.sheet.causes", List.of(column("xlsx.evaluation.cause", 44),
					column("xlsx.evaluation.code", 16), column("xlsx.evaluation.projects", 11),
					column("xlsx.evaluation.attributed", 20), column("xlsx.evaluation.shareOfUnexecuted", 16),
					column("xlsx.evaluation.causeFamily", 34)));
			int n = 0;
			for (CauseShare s : r.byCause()) {
				n = share(sheet, n, name(s.label(), s.code(), language), s.code(),
						families.getOrDefault(s.familyCode(), s.familyCode()), s);
			}
			Spreadsheets.filter(sheet, n, 6);
		}

		private int share(Sheet sheet, int n, String label, String code, String family, CauseShare s) {
			Row row = sheet.createRow(++n);
			Spreadsheets.text(row, 0, label, styles.text());
			Spreadsheets.text(row, 1, code, styles.text());
			Spreadsheets.number(row, 2, s.projects(), styles.integer());
			Spreadsheets.number(row, 3, s.amount(), styles.money());
			Spreadsheets.number(row, 4, s.shareOfUnexecuted(), styles.percent());
			if (family != null) {
				Spreadsheets.text(row, 5, family, styles.text());
			}
			return n;
		}

		void sources(List<SourceExecution> sources) {
			Sheet sheet = sheet("xlsx.evaluation.sheet.sources", List.of(column("xlsx.evaluation.source", 44),
					column("xlsx.evaluation.code", 14), column("xlsx.evaluation.planned", 20),
					column("xlsx.column.committed", 20), column("xlsx.column.paid", 20),
					column("xlsx.evaluation.paymentRate", 14), column("xlsx.evaluation.unpaid", 20)));
			int n = 0;
			for (SourceExecution s : sources) {
				Row row = sheet.createRow(++n);
				Spreadsheets.text(row, 0, name(s.label(), s.code(), language), styles.text());
				Spreadsheets.text(row, 1, s.code(), styles.text());
				Spreadsheets.number(row, 2, s.planned(), styles.money());
				Spreadsheets.number(row, 3, s.committed(), styles.money());
				Spreadsheets.number(row, 4, s.paid(), styles.money());
				Spreadsheets.number(row, 5, s.paymentRate(), styles.percent());
				Spreadsheets.number(row, 6, s.commitmentsUnpaid(), styles.money());
			}
			Spreadsheets.filter(sheet, n, 7);
		}
	}
}
