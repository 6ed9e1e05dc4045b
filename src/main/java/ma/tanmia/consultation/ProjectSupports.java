package ma.tanmia.consultation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation as other modules read it (prioritization): how much citizens back each project
 * — the visible proposals linked to it and the supports they received. The callers check the
 * reader's scope.
 */
@Service
public class ProjectSupports {

	public record Support(String projectCode, int proposals, long supports) {
	}

	private final JdbcClient jdbc;

	ProjectSupports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The projects among {@code projectCodes} with at least one visible proposal linked to them, by code. */
	@Transactional(readOnly = true)
	public Map<String, Support> of(Collection<String> projectCodes) {
		Map<String, Support> supports = new HashMap<>();
		if (projectCodes.isEmpty()) {
			return supports;
		}
		jdbc.sql("""
				select project_code, count(*), coalesce(sum(supports), 0) from proposal
				where project_code in (:codes) and not hidden group by project_code
				""").param("codes", projectCodes)
			.query((rs, n) -> new Support(rs.getString(1), rs.getInt(2), rs.getLong(3))).list()
			.forEach(s -> supports.put(s.projectCode(), s));
		return supports;
	}
}
