package ma.tanmia.project;

/**
 * The columns of the bulk-update workbook, in order. The code is the key; the title and the actual
 * dates are there for reference (Tanmia sets the actual start when work starts and the actual end
 * when the project is completed, on the date of the report); the version, hidden, tells whether the
 * project changed since the template was downloaded.
 */
enum BulkColumn {

	CODE("bulk.column.code", 16, false),
	TITLE("bulk.column.title", 50, false),
	STATUS("bulk.column.status", 20, true),
	PROGRESS("bulk.column.progress", 14, true),
	REPORT_DATE("bulk.column.reportDate", 15, true),
	COMMENT("bulk.column.comment", 40, true),
	PLANNED_END("bulk.column.plannedEnd", 15, true),
	ACTUAL_START("bulk.column.actualStart", 15, false),
	ACTUAL_END("bulk.column.actualEnd", 15, false),
	LAND_SECURED("bulk.column.landSecured", 13, true),
	STUDIES_DONE("bulk.column.studiesDone", 13, true),
	VERSION("bulk.column.version", 10, false);

	final String messageKey;
	final int width;
	final boolean editable;

	BulkColumn(String messageKey, int width, boolean editable) {
		this.messageKey = messageKey;
		this.width = width;
		this.editable = editable;
	}

	/** The column's letter in the template (A, B, …). */
	String letter() {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(ordinal());
	}
}
