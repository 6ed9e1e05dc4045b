package ma.tanmia.ess;

import java.math.BigDecimal;
import java.util.List;

/** What a cooperative asks a call for: the project, its budget lines, the amount requested and its own contribution. */
public record ApplicationRequest(String titleAr, String titleFr, List<Line> lines, BigDecimal requested,
		BigDecimal ownCash, BigDecimal ownInKind) {

	public record Line(String label, BigDecimal amount) {
	}
}
