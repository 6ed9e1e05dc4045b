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
 * An indicator's tables as an Excel workbook, streamed (SXSSF: a hundred rows in memory whatever the
 * size): the communes of the territory for the year (value, status, goal, deficit) and the disparity
 * measures year by year. Headers in the reader's language, Arabic sheets right to left, figures as
 * numbers so they can be recomputed.
 */
final class IndicatorExport {

	private final MessageSource messages;
	private final Locale locale;

	IndicatorExport(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(Indicator indicator, int year, List<DiagnosisQueries.UnitFigure> figures,
			Map<Integer, Disparity> overTime, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(true);
		try {
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

			Sheet values = sheet(workbook, text("indicator.values.title", year));
			String[] heads = { text("indicator.code"), text("indicator.commune"), text("indicator.commune"),
					text("indicator.population"), text("indicator.value") + " (" + indicator.unit() + ")",
					text("indicator.status"), text("indicator.source"), text("indicator.goal"), text("indicator.goal"),
					text("indicator.deficit"), text("indicator.deficit.percent") };
			heads[1] += " (ar)";
			heads[2] += " (fr)";
			headerRow(values, header, heads);
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
					cell(row, 4, f.value().doubleValue(), number);
					row.createCell(5).setCellValue(text("indicator.status." + f.status()));
					row.createCell(6).setCellValue(f.source());
				}
				if (f.goal() != null) {
					cell(row, 7, f.goal(), number);
					row.createCell(8).setCellValue(text("indicator.goal." + f.goalKind()));
				}
				if (f.deficit() != null) {
					cell(row, 9, f.deficit().gap(), number);
					if (f.deficit().percentOfGoal() != null) {
						cell(row, 10, f.deficit().percentOfGoal(), number);
					}
				}
			}
			widths(values, 14, 28, 28, 12, 14, 18, 24, 12, 12, 12, 12);
			values.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, heads.length - 1));

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
			headerRow(disparity, header, dHeads);
			int d = 1;
			for (Map.Entry<Integer, Disparity> e : overTime.entrySet()) {
				Row row = disparity.createRow(d++);
				row.createCell(0).setCellValue(e.getKey());
				measures(row, 1, e.getValue().plain(), measure);
				measures(row, 6, e.getValue().weighted(), measure);
			}
			widths(disparity, 8, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14);
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
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
