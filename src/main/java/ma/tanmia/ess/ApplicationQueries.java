package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of applications the reader may see, two queries a page; the calls for the forms. */
@Service
@Transactional(readOnly = true)
class ApplicationQueries {

	record ApplicationRow(String reference, LocalizedName title, long cooperativeId, LocalizedName cooperative,
			String callCode, ValueChain valueChain, BigDecimal budget, BigDecimal requested, BigDecimal approved,
			BigDecimal paid, ApplicationStatus status, LocalDate submittedOn) {
	}

	record CallRow(long id, String code, FinancingProgram program, LocalizedName title, LocalDate opensOn,
			LocalDate closesOn, BigDecimal maxSharePct, BigDecimal maxAmount, BigDecimal maxInKindPct, String valueChains,
			String territories) {
	}

	private final JdbcClient jdbc;
	private final EssAccess access;

	ApplicationQueries(JdbcClient jdbc, EssAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	Page<ApplicationRow> page(ApplicationStatus status, Long cooperativeId, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		ScopeFilter visible = access.visible("a.territory_path", "a.cooperative_id");
		List<String> conditions = new ArrayList<>(List.of(visible.sql()));
		Map<String, Object> parameters = new LinkedHashMap<>(visible.parameters());
		if (status != null) {
			conditions.add("a.status = :status");
			parameters.put("status", status.name());
		}
		if (cooperativeId != null) {
			conditions.add("a.cooperative_id = :coop");
			parameters.put("coop", cooperativeId);
		}
		String where = " where " + String.join(" and ", conditions);
		List<ApplicationRow> rows = jdbc.sql("""
				select a.reference, a.title_ar, a.title_fr, c.id, c.name_ar, c.name_fr, k.code, a.value_chain, a.budget,
				       a.requested, a.approved, a.paid, a.status, a.submitted_on
				from ess_application a join ess_cooperative c on c.id = a.cooperative_id join ess_call k on k.id = a.call_id
				""" + where + " order by a.submitted_on desc, a.id desc limit :limit offset :offset")
			.params(parameters).param("limit", request.getPageSize()).param("offset", request.getOffset())
			.query((rs, n) -> new ApplicationRow(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					rs.getLong(4), new LocalizedName(rs.getString(5), rs.getString(6), null), rs.getString(7),
					ValueChain.valueOf(rs.getString(8)), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
					rs.getBigDecimal(12), ApplicationStatus.valueOf(rs.getString(13)), rs.getObject(14, LocalDate.class)))
			.list();
		long total = jdbc.sql("select count(*) from ess_application a" + where).params(parameters).query(Long.class).single();
		return new PageImpl<>(rows, request, total);
	}

	List<CallRow> calls() {
		return jdbc.sql("""
				select k.id, k.code, k.program, k.title_ar, k.title_fr, k.opens_on, k.closes_on, k.max_share_pct,
				       k.max_amount, k.max_in_kind_pct,
				       (select string_agg(value_chain, ',' order by value_chain) from ess_call_value_chain v where v.call_id = k.id),
				       (select string_agg(territory_code, ', ' order by territory_code) from ess_call_territory t where t.call_id = k.id)
				from ess_call k order by k.opens_on desc, k.id desc
				""")
			.query((rs, n) -> new CallRow(rs.getLong(1), rs.getString(2), FinancingProgram.valueOf(rs.getString(3)),
					new LocalizedName(rs.getString(4), rs.getString(5), null), rs.getObject(6, LocalDate.class),
					rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
					rs.getString(11), rs.getString(12)))
			.list();
	}
}
