package ma.tanmia.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.platform.Languages;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The diagnosis tables as Excel workbooks, streamed (SXSSF: a hundred rows in memory whatever the
 * size): an indicator's communes for the year (value, status, goal, deficit), their ranking and the
 * disparity measures year by year; a composite ranking with its weights. Headers in the reader's language, Arabic sheets right to left, figures as
 * numbers so they can be recomputed.
 */
final class IndicatorExport {

	private final MessageSource messages;
	private final Locale locale;

	IndicatorExport(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The styles of a workbook: bold grey headers, figures with two decimals, measures with three. */
	private record Styles(CellStyle header, CellStyle number, CellStyle measure) {

		static Styles of(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setWrapText(true);
			CellStyle number = workbook.createCellStyle();
			number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			CellStyle measure = workbook.createCellStyle();
			measure.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
			return new Styles(header, number, measure);
		}
	}

	private interface Sheets {
		void write(SXSSFWorkbook workbook, Styles styles);
	}

	/** Streams a workbook: a hundred rows in memory at most, temporary files compressed and deleted. */
	private static void stream(OutputStream out, Sheets sheets) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(true);
		try {
			sheets.write(workbook, Styles.of(workbook));
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	/** The indicator page's three tables: the communes' values, their ranking, the disparity over time. */
	void write(Indicator indicator, int year, List<DiagnosisQueries.UnitFigure> figures,
			List<Map.Entry<Integer, DiagnosisQueries.UnitFigure>> ranking, Map<Integer, Disparity> overTime,
			OutputStream out) throws IOException {
		stream(out, (workbook, styles) -> {
			values(workbook, styles, indicator, year, figures);
			ranking(workbook, styles, indicator, ranking);
			disparity(workbook, styles, overTime);
		});
	}

	private void values(SXSSFWorkbook workbook, Styles styles, Indicator indicator, int year,
			List<DiagnosisQueries.UnitFigure> figures) {
		Sheet values = sheet(workbook, text("indicator.values.title", String.valueOf(year)));
		String[] heads = { text("indicator.code"), text("indicator.commune"), text("indicator.commune"),
				text("indicator.population"), text("indicator.value") + " (" + indicator.unit() + ")",
				text("indicator.status"), text("indicator.source"), text("indicator.goal"), text("indicator.goal"),
				text("indicator.deficit"), text("indicator.deficit.percent") };
		heads[1] += " (ar)";
		heads[2] += " (fr)";
		headerRow(values, styles.header(), heads);
		int r = 1;
		for (DiagnosisQueries.UnitFigure f : figures) {
			Row row = values.createRow(r++);
			row.createCell(0).setCellValue(f.code());
			row.createCell(1).setCellValue(f.name().ar());
			row.createCell(2).setCellValue(f.name().fr());
			if (f.population() != null) {
				row.createCell(3).setCellValue(f.population());
			}
			if (f.value() != null) {
				cell(row, 4, f.value().doubleValue(), styles.number());
				row.createCell(5).setCellValue(text("indicator.status." + f.status()));
				row.createCell(6).setCellValue(f.source());
			}
			if (f.goal() != null) {
				cell(row, 7, f.goal(), styles.number());
				row.createCell(8).setCellValue(text("indicator.goal." + f.goalKind()));
			}
			if (f.deficit() != null) {
				cell(row, 9, f.deficit().gap(), styles.number());
				if (f.deficit().percentOfGoal() != null) {
					cell(row, 10, f.deficit().percentOfGoal(), styles.number());
				}
			}
		}
		widths(values, 14, 28, 28, 12, 14, 18, 24, 12, 12, 12, 12);
		values.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, heads.length - 1));
	}

	private void ranking(SXSSFWorkbook workbook, Styles styles, Indicator indicator,
			List<Map.Entry<Integer, DiagnosisQueries.UnitFigure>> ranking) {
		Sheet sheet = sheet(workbook, text("indicator.rank"));
		headerRow(sheet, styles.header(), new String[] { text("indicator.rank"), text("indicator.code"),
				text("indicator.commune") + " (ar)", text("indicator.commune") + " (fr)",
				text("indicator.value") + " (" + indicator.unit() + ")" });
		int r = 1;
		for (Map.Entry<Integer, DiagnosisQueries.UnitFigure> line : ranking) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line.getKey());
			row.createCell(1).setCellValue(line.getValue().code());
			row.createCell(2).setCellValue(line.getValue().name().ar());
			row.createCell(3).setCellValue(line.getValue().name().fr());
			cell(row, 4, line.getValue().value().doubleValue(), styles.number());
		}
		widths(sheet, 8, 14, 28, 28, 14);
	}

	private void disparity(SXSSFWorkbook workbook, Styles styles, Map<Integer, Disparity> overTime) {
		Sheet disparity = sheet(workbook, text("indicator.disparity.title"));
		String plain = " — " + text("indicator.disparity.plain");
		String weighted = " — " + text("indicator.disparity.weighted");
		String[] measures = { "units", "cv", "gini", "theil", "maxMin" };
		String[] dHeads = new String[11];
		dHeads[0] = text("indicator.year");
		for (int i = 0; i < 5; i++) {
			dHeads[1 + i] = text("indicator.disparity." + measures[i]) + plain;
			dHeads[6 + i] = text("indicator.disparity." + measures[i]) + weighted;
		}
		headerRow(disparity, styles.header(), dHeads);
		int d = 1;
		for (Map.Entry<Integer, Disparity> e : overTime.entrySet()) {
			Row row = disparity.createRow(d++);
			row.createCell(0).setCellValue(e.getKey());
			measures(row, 1, e.getValue().plain(), styles.measure());
			measures(row, 6, e.getValue().weighted(), styles.measure());
		}
		widths(disparity, 8, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14);
	}

	/**
	 * A composite ranking (computed or saved): the communes ranked with their index and each chosen
	 * indicator's deficit score, then the weights and the communes left out.
	 */
	void writeComposite(CompositeAnalyses.Analysis analysis, Map<String, Indicator> indicators, OutputStream out)
			throws IOException {
		// The catalogue's order, so that a computed ranking and the same one saved (its weights kept
		// in a jsonb column, which orders keys its own way) export alike.
		List<String> codes = new java.util.ArrayList<>(indicators.keySet());
		codes.retainAll(analysis.weights().keySet());
		analysis.weights().keySet().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
		stream(out, (workbook, styles) -> {
			Sheet ranking = sheet(workbook, text("indicator.composite.title"));
			String[] heads = new String[5 + codes.size()];
			heads[0] = text("indicator.rank");
			heads[1] = text("indicator.code");
			heads[2] = text("indicator.commune") + " (ar)";
			heads[3] = text("indicator.commune") + " (fr)";
			heads[4] = text("indicator.composite.score");
			for (int k = 0; k < codes.size(); k++) {
				heads[5 + k] = nameOf(codes.get(k), indicators);
			}
			headerRow(ranking, styles.header(), heads);
			int r = 1;
			for (CompositeAnalyses.Line line : analysis.ranking()) {
				Row row = ranking.createRow(r++);
				row.createCell(0).setCellValue(line.rank());
				row.createCell(1).setCellValue(line.code());
				row.createCell(2).setCellValue(line.nameAr());
				row.createCell(3).setCellValue(line.nameFr());
				cell(row, 4, line.score(), styles.number());
				for (int k = 0; k < codes.size(); k++) {
					Double deficit = line.deficits().get(codes.get(k));
					if (deficit != null) {
						cell(row, 5 + k, deficit, styles.measure());
					}
				}
			}
			ranking.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, heads.length - 1));
			int[] widths = new int[heads.length];
			java.util.Arrays.fill(widths, 16);
			widths[2] = 28;
			widths[3] = 28;
			widths(ranking, widths);

			Sheet weights = sheet(workbook, text("indicator.composite.weightsSheet"));
			headerRow(weights, styles.header(), new String[] { text("indicator.code"), text("indicator.column.indicator"),
					text("indicator.composite.weight") });
			int w = 1;
			for (String code : codes) {
				Row row = weights.createRow(w++);
				row.createCell(0).setCellValue(code);
				row.createCell(1).setCellValue(nameOf(code, indicators));
				cell(row, 2, analysis.weights().get(code), styles.number());
			}
			if (!analysis.leftOut().isEmpty()) {
				weights.createRow(++w).createCell(0)
					.setCellValue(text("indicator.composite.leftOut", String.join(", ", analysis.leftOut())));
			}
			widths(weights, 28, 48, 10);
		});
	}

	/** The catalogue as the page lists it: one row per indicator, with its levels and rule. */
	void writeCatalogue(List<Indicator> indicators, OutputStream out) throws IOException {
		stream(out, (workbook, styles) -> {
			Sheet sheet = sheet(workbook, text("indicator.catalogue.title"));
			String[] heads = { text("indicator.code"), text("indicator.name") + " (ar)", text("indicator.name") + " (fr)",
					text("indicator.unit"), text("indicator.domain"), text("indicator.polarity"), text("indicator.levels"),
					text("indicator.aggregation"), text("indicator.numerator"), text("indicator.denominator"), text("indicator.source") };
			headerRow(sheet, styles.header(), heads);
			int r = 1;
			for (Indicator i : indicators) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(i.code());
				row.createCell(1).setCellValue(i.name().ar());
				row.createCell(2).setCellValue(i.name().fr());
				row.createCell(3).setCellValue(i.unit());
				row.createCell(4).setCellValue(text("indicator.domain." + i.domain()));
				row.createCell(5).setCellValue(text("indicator.polarity." + i.polarity()));
				row.createCell(6).setCellValue(IndicatorCatalogue.LEVEL_ORDER.stream().filter(i.levels()::contains)
					.map(l -> text("indicator.level." + l)).collect(java.util.stream.Collectors.joining(", ")));
				row.createCell(7).setCellValue(text("indicator.aggregation." + i.aggregation()));
				if (i.numeratorCode() != null) {
					row.createCell(8).setCellValue(i.numeratorCode());
					row.createCell(9).setCellValue(i.denominatorCode());
				}
				row.createCell(10).setCellValue(i.source());
			}
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, heads.length - 1));
			widths(sheet, 26, 36, 36, 10, 18, 18, 30, 24, 20, 20, 28);
		});
	}

	private String nameOf(String code, Map<String, Indicator> indicators) {
		Indicator indicator = indicators.get(code);
		return indicator == null ? code : indicator.name().in(locale);
	}

	private Sheet sheet(SXSSFWorkbook workbook, String name) {
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		sheet.setRightToLeft(Languages.rightToLeft(locale));
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static void headerRow(Sheet sheet, CellStyle style, String[] heads) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < heads.length; i++) {
			row.createCell(i).setCellValue(heads[i]);
			row.getCell(i).setCellStyle(style);
		}
	}

	private static void measures(Row row, int from, Disparity.Measures m, CellStyle style) {
		row.createCell(from).setCellValue(m.units());
		Double[] figures = { m.cv(), m.gini(), m.theil(), m.maxMinRatio() };
		for (int i = 0; i < figures.length; i++) {
			if (figures[i] != null) {
				cell(row, from + 1 + i, figures[i], style);
			}
		}
	}

	private static void cell(Row row, int column, double value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

	private static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
