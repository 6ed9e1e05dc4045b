package ma.tanmia.ess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The application form's fields, as typed: blank budget rows are ignored. */
public class ApplicationForm {

	private String callCode;
	private String titleAr;
	private String titleFr;
	private List<Line> lines = new ArrayList<>();
	private BigDecimal requested;
	private BigDecimal ownCash;
	private BigDecimal ownInKind;

	public static class Line {

		private String label;
		private BigDecimal amount;

		public String getLabel() { return label; }
		public void setLabel(String v) { label = v; }
		public BigDecimal getAmount() { return amount; }
		public void setAmount(BigDecimal v) { amount = v; }

		boolean blank() {
			return (label == null || label.isBlank()) && amount == null;
		}
	}

	void withEmptyLines(int count) {
		for (int i = 0; i < count; i++) {
			lines.add(new Line());
		}
	}

	ApplicationRequest request() {
		return new ApplicationRequest(titleAr, titleFr, lines.stream().filter(l -> !l.blank())
			.map(l -> new ApplicationRequest.Line(l.label, l.amount)).toList(), requested, ownCash, ownInKind);
	}

	public String getCallCode() { return callCode; }
	public void setCallCode(String v) { callCode = v; }
	public String getTitleAr() { return titleAr; }
	public void setTitleAr(String v) { titleAr = v; }
	public String getTitleFr() { return titleFr; }
	public void setTitleFr(String v) { titleFr = v; }
	public List<Line> getLines() { return lines; }
	public void setLines(List<Line> v) { lines = v; }
	public BigDecimal getRequested() { return requested; }
	public void setRequested(BigDecimal v) { requested = v; }
	public BigDecimal getOwnCash() { return ownCash; }
	public void setOwnCash(BigDecimal v) { ownCash = v; }
	public BigDecimal getOwnInKind() { return ownInKind; }
	public void setOwnInKind(BigDecimal v) { ownInKind = v; }
}
