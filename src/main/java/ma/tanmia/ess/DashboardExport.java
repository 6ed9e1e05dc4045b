package ma.tanmia.ess;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ma.tanmia.platform.Languages;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard as a workbook: figures by area, by value chain, and every cooperative the reader sees
 * in the territory, streamed (SXSSF keeps 100 rows in memory; the rows come through a server-side
 * cursor, 1,000 at a time) so 50,000 cooperatives cost no more memory than 50.
 */
@Component
class DashboardExport {

	static final int WINDOW = 100;

	private final EssDashboard dashboard;
	private final Territories territories;
	private final EssAccess access;
	private final MessageSource messages;
	private final NamedParameterJdbcTemplate cursor;

	DashboardExport(EssDashboard dashboard, Territories territories, EssAccess access, MessageSource messages,
			javax.sql.DataSource dataSource) {
		this.dashboard = dashboard;
		this.territories = territories;
		this.access = access;
		this.messages = messages;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.cursor = new NamedParameterJdbcTemplate(template);
	}

	@Transactional(readOnly = true)
	SXSSFWorkbook write(Territory unit, int alertDays, Locale language) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		CellStyle money = workbook.createCellStyle();
		money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		CellStyle pct = workbook.createCellStyle();
		pct.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

		EssDashboard.Board board = dashboard.of(unit.path(), alertDays);
		Map<String, LocalizedName> names = territories.findAll(EssDashboard.areaCodes(board)).stream()
			.collect(Collectors.toMap(Territory::code, Territory::name));
		List<String> figureHeaders = List.of("ess.dashboard.cooperatives", "ess.dashboard.members", "ess.dashboard.women",
				"ess.dashboard.womenShare", "ess.dashboard.youth", "ess.dashboard.applications", "ess.dashboard.requested",
				"ess.dashboard.approved", "ess.dashboard.paid", "ess.dashboard.labelsActive",
				"ess.dashboard.labelsExpiring", "ess.dashboard.trainings", "ess.dashboard.trainees");

		Sheet areas = sheet(workbook, "ess.export.sheet.areas", language, header, "ess.dashboard.area", figureHeaders);
		int r = 1;
		for (var entry : board.areas().entrySet()) {
			String name = entry.getKey().isEmpty() ? unit.name().in(language)
					: names.containsKey(entry.getKey()) ? names.get(entry.getKey()).in(language) : entry.getKey();
			figures(areas.createRow(r++), name, entry.getValue(), money, pct);
		}
		figures(areas.createRow(r), msg("ess.dashboard.total", language), board.total(), money, pct);

		Sheet chains = sheet(workbook, "ess.export.sheet.chains", language, header, "ess.cooperative.valueChain", figureHeaders);
		r = 1;
		for (var entry : board.chains().entrySet()) {
			figures(chains.createRow(r++), msg("ess.valueChain." + entry.getKey(), language), entry.getValue(), money, pct);
		}

		Sheet list = sheet(workbook, "ess.export.sheet.cooperatives", language, header, "ess.cooperative.registrationNumber",
				List.of("ess.cooperative.name", "ess.cooperative.legalForm", "ess.cooperative.valueChain",
						"ess.cooperative.territory", "ess.cooperative.membersTotal", "ess.cooperative.membersWomen",
						"ess.cooperative.membersYouth", "ess.cooperative.capital", "ess.cooperative.status"));
		ScopeFilter within = ScopeFilter.within(unit.path(), "c.territory_path", "unit");
		ScopeFilter visible = access.visible("c.territory_path", "c.id");
		Map<String, Object> parameters = new java.util.LinkedHashMap<>(within.parameters());
		parameters.putAll(visible.parameters());
		int[] row = { 1 };
		boolean arabic = "ar".equals(language.getLanguage());
		cursor.query("""
				select registration_number, name_ar, name_fr, legal_form, value_chain, territory_code, members_total,
				       members_women, members_youth, capital, status
				from ess_cooperative c where %s and %s order by c.territory_path, %s, c.id
				""".formatted(within.sql(), visible.sql(), LocalizedName.sqlOrder("c.", language)), parameters, rs -> {
			Row line = list.createRow(row[0]++);
			line.createCell(0).setCellValue(rs.getString(1));
			line.createCell(1).setCellValue(arabic ? rs.getString(2) : rs.getString(3));
			line.createCell(2).setCellValue(msg("ess.legalForm." + rs.getString(4), language));
			line.createCell(3).setCellValue(msg("ess.valueChain." + rs.getString(5), language));
			line.createCell(4).setCellValue(rs.getString(6));
			line.createCell(5).setCellValue(rs.getInt(7));
			line.createCell(6).setCellValue(rs.getInt(8));
			line.createCell(7).setCellValue(rs.getInt(9));
			var capital = line.createCell(8);
			capital.setCellValue(rs.getBigDecimal(10).doubleValue());
			capital.setCellStyle(money);
			line.createCell(9).setCellValue(msg("ess.status." + rs.getString(11), language));
		});
		return workbook;
	}

	private Sheet sheet(SXSSFWorkbook workbook, String nameKey, Locale language, CellStyle header, String firstHeader,
			List<String> headers) {
		Sheet sheet = workbook.createSheet(msg(nameKey, language));
		sheet.setRightToLeft(Languages.rightToLeft(language));
		Row row = sheet.createRow(0);
		var first = row.createCell(0);
		first.setCellValue(msg(firstHeader, language));
		first.setCellStyle(header);
		sheet.setColumnWidth(0, 36 * 256);
		for (int i = 0; i < headers.size(); i++) {
			var cell = row.createCell(i + 1);
			cell.setCellValue(msg(headers.get(i), language));
			cell.setCellStyle(header);
			sheet.setColumnWidth(i + 1, 16 * 256);
		}
		sheet.createFreezePane(1, 1);
		return sheet;
	}

	private static void figures(Row row, String name, EssDashboard.Figures f, CellStyle money, CellStyle pct) {
		row.createCell(0).setCellValue(name);
		long[] counts = { f.cooperatives, f.members, f.women };
		for (int i = 0; i < counts.length; i++) {
			row.createCell(1 + i).setCellValue(counts[i]);
		}
		if (f.womenPct() != null) {
			var cell = row.createCell(4);
			cell.setCellValue(f.womenPct());
			cell.setCellStyle(pct);
		}
		row.createCell(5).setCellValue(f.youth);
		row.createCell(6).setCellValue(f.applications);
		BigDecimal[] amounts = { f.requested, f.approved, f.paid };
		for (int i = 0; i < amounts.length; i++) {
			var cell = row.createCell(7 + i);
			cell.setCellValue(amounts[i].doubleValue());
			cell.setCellStyle(money);
		}
		row.createCell(10).setCellValue(f.labelsActive);
		row.createCell(11).setCellValue(f.labelsExpiring);
		row.createCell(12).setCellValue(f.trainings);
		row.createCell(13).setCellValue(f.trainees);
	}

	private String msg(String key, Locale language) {
		return messages.getMessage(key, null, key, language);
	}
}
