package ma.tanmia.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.program.Programs;
import ma.tanmia.project.Spreadsheets.Column;
import ma.tanmia.project.Spreadsheets.Styles;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.Territories;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A project list as an Excel workbook, whatever its length: rows are read through a database
 * cursor (see {@link StreamingQuery}) and written to a streamed sheet that keeps
 * {@link Spreadsheets#WINDOW} rows in memory, so 100 000 projects export within a small heap.
 */
@Service
class ProjectExport {

	static final String SELECT = """
			select p.code, p.title_ar, p.title_fr, p.program_id, p.territory_code, s.name_ar as sector_ar,
			       s.name_fr as sector_fr, p.competence, p.status, p.cost, p.committed, p.paid, p.physical_progress,
			       case when p.cost > 0 then round(p.paid * 100 / p.cost, 1) else 0 end as financial_progress,
			       p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.land_secured, p.studies_done,
			       (p.status <> 'COMPLETED' and p.planned_end < current_date) as late
			from project p join sector s on s.code = p.sector_code
			""";

	enum Col {
		CODE("project.code", 16), TITLE("project.title", 50), PROGRAM("project.program", 22),
		LOCATION("project.location", 24), TERRITORY_CODE("project.territory.code", 14), SECTOR("project.sector", 24),
		COMPETENCE("project.competence", 20), STATUS("project.status", 18), COST("project.cost.mad", 18),
		COMMITTED("xlsx.column.committed", 18), PAID("xlsx.column.paid", 18), PHYSICAL("project.physical.percent", 14),
		FINANCIAL("xlsx.column.financial", 14), PLANNED_START("project.plannedStart", 13),
		PLANNED_END("project.plannedEnd", 13), ACTUAL_START("xlsx.column.actualStart", 13),
		ACTUAL_END("xlsx.column.actualEnd", 13), LAND("project.landSecured", 12), STUDIES("project.studiesDone", 12),
		LATE("xlsx.column.late", 10);

		final String key;
		final int width;

		Col(String key, int width) {
			this.key = key;
			this.width = width;
		}
	}

	private final StreamingQuery query;
	private final JdbcClient jdbc;
	private final Programs programs;
	private final Territories territories;
	private final MessageSource messages;

	ProjectExport(StreamingQuery query, JdbcClient jdbc, Programs programs, Territories territories,
			MessageSource messages) {
		this.query = query;
		this.jdbc = jdbc;
		this.programs = programs;
		this.territories = territories;
		this.messages = messages;
	}

	/**
	 * Writes the projects matching the filter that the person may see into a new workbook; returns it
	 * for the caller to send and close.
	 *
	 * @return the workbook and how many projects it holds
	 */
	Result write(ProjectFilter filter, Authorizations who, ProjectQueries.Order order, Locale language) {
		ProjectFilter.Condition where = filter.condition(who);
		Labels labels = new Labels(language);
		SXSSFWorkbook workbook = Spreadsheets.streaming();
		try {
			Styles styles = Styles.of(workbook, language);
			Sheet sheet = Spreadsheets.sheet(workbook, labels.get("xlsx.projects.sheet"), language, styles,
					java.util.Arrays.stream(Col.values()).map(c -> new Column(labels.get(c.key), c.width)).toList());
			int[] rowNumber = { 0 };
			query.inReadOnlyTransaction(() -> {
				// Few programs and units behind any list: their names are fetched once, not per row.
				Map<Long, String> programCodes = new HashMap<>();
				programs.byIds(jdbc.sql("select distinct p.program_id from project p where " + where.sql())
					.params(where.parameters()).query(Long.class).list())
					.forEach((id, p) -> programCodes.put(id, p.code()));
				Map<String, LocalizedName> places = new HashMap<>();
				List<String> codes = jdbc.sql("select distinct p.territory_code from project p where " + where.sql())
					.params(where.parameters()).query(String.class).list();
				territories.findAll(codes).forEach(t -> places.put(t.code(), t.name()));
				query.each(SELECT + " where " + where.sql() + " order by " + order.sql, where.parameters(),
						(RowCallbackHandler) rs -> {
							Row row = sheet.createRow(++rowNumber[0]);
							write(row, rs, styles, labels, programCodes, places);
						});
			});
			Spreadsheets.filter(sheet, rowNumber[0], Col.values().length);
			return new Result(workbook, rowNumber[0]);
		}
		catch (RuntimeException e) {
			workbook.dispose();
			throw e;
		}
	}

	record Result(SXSSFWorkbook workbook, int rows) {
	}

	private static void write(Row row, ResultSet rs, Styles styles, Labels labels, Map<Long, String> programCodes,
			Map<String, LocalizedName> places) throws SQLException {
		boolean arabic = labels.arabic;
		String territoryCode = rs.getString("territory_code");
		LocalizedName place = places.get(territoryCode);
		Spreadsheets.text(row, Col.CODE.ordinal(), rs.getString("code"), styles.text());
		Spreadsheets.text(row, Col.TITLE.ordinal(), rs.getString(arabic ? "title_ar" : "title_fr"), styles.text());
		Spreadsheets.text(row, Col.PROGRAM.ordinal(), programCodes.get(rs.getLong("program_id")), styles.text());
		Spreadsheets.text(row, Col.LOCATION.ordinal(), place == null ? territoryCode : place.in(labels.language),
				styles.text());
		Spreadsheets.text(row, Col.TERRITORY_CODE.ordinal(), territoryCode, styles.text());
		Spreadsheets.text(row, Col.SECTOR.ordinal(), rs.getString(arabic ? "sector_ar" : "sector_fr"), styles.text());
		Spreadsheets.text(row, Col.COMPETENCE.ordinal(), labels.get("project.competence." + rs.getString("competence")),
				styles.text());
		Spreadsheets.text(row, Col.STATUS.ordinal(), labels.get("project.status." + rs.getString("status")),
				styles.text());
		Spreadsheets.number(row, Col.COST.ordinal(), rs.getBigDecimal("cost"), styles.money());
		Spreadsheets.number(row, Col.COMMITTED.ordinal(), rs.getBigDecimal("committed"), styles.money());
		Spreadsheets.number(row, Col.PAID.ordinal(), rs.getBigDecimal("paid"), styles.money());
		Spreadsheets.number(row, Col.PHYSICAL.ordinal(), rs.getBigDecimal("physical_progress"), styles.percent());
		Spreadsheets.number(row, Col.FINANCIAL.ordinal(), rs.getBigDecimal("financial_progress"), styles.percent());
		Spreadsheets.date(row, Col.PLANNED_START.ordinal(), rs.getObject("planned_start", LocalDate.class), styles.date());
		Spreadsheets.date(row, Col.PLANNED_END.ordinal(), rs.getObject("planned_end", LocalDate.class), styles.date());
		Spreadsheets.date(row, Col.ACTUAL_START.ordinal(), rs.getObject("actual_start", LocalDate.class), styles.date());
		Spreadsheets.date(row, Col.ACTUAL_END.ordinal(), rs.getObject("actual_end", LocalDate.class), styles.date());
		Spreadsheets.text(row, Col.LAND.ordinal(), labels.yesNo(rs.getBoolean("land_secured")), styles.text());
		Spreadsheets.text(row, Col.STUDIES.ordinal(), labels.yesNo(rs.getBoolean("studies_done")), styles.text());
		Spreadsheets.text(row, Col.LATE.ordinal(), labels.yesNo(rs.getBoolean("late")), styles.text());
	}

	/** Messages of one language, looked up once each: a 100 000-row export asks for the same few. */
	final class Labels {

		final Locale language;
		final boolean arabic;
		private final Map<String, String> cache = new HashMap<>();

		Labels(Locale language) {
			this.language = language;
			this.arabic = "ar".equals(language.getLanguage());
		}

		String get(String key) {
			return cache.computeIfAbsent(key, k -> messages.getMessage(k, null, k, language));
		}

		String yesNo(boolean value) {
			return get(value ? "xlsx.yes" : "xlsx.no");
		}
	}
}
