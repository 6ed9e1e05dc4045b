package ma.tanmia.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import ma.tanmia.agreement.Agreement.Balance;
import ma.tanmia.audit.EntityChanged;
import ma.tanmia.organization.Organization;
import ma.tanmia.organization.Organizations;
import ma.tanmia.project.ProjectCatalog;
import ma.tanmia.project.UnpaidCommitments;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnership agreements. Whoever's scope overlaps an agreement's territory reads it; an
 * administrator, a planner or the governor's office whose scope covers it changes it. Every change
 * checks the version the editor started from and is audited. Also answers the evaluation: which
 * commitments are overdue and unpaid on which projects.
 */
@Service
public class Agreements implements UnpaidCommitments {

	private static final String SELECT = """
			select id, code, territory_code, territory_path, object_ar, object_fr, status, signed_on, demonstration, version
			from agreement a
			""";

	private final JdbcClient jdbc;
	private final Territories territories;
	private final Organizations organizations;
	private final ProjectCatalog catalog;
	private final ApplicationEventPublisher events;

	Agreements(JdbcClient jdbc, Territories territories, Organizations organizations, ProjectCatalog catalog,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.organizations = organizations;
		this.catalog = catalog;
		this.events = events;
	}

	public static boolean mayEdit(Agreement agreement) {
		return Authorizations.current().canActOn(agreement.territoryPath(), Role.ADMINISTRATOR, Role.PLANNER,
				Role.GOVERNOR_OFFICE);
	}

	/** The agreements the person may see, with what each party has paid and what is late (3 queries). */
	@Transactional(readOnly = true)
	public Page<Agreement.Row> visible(int page, int size, LocalDate asOf) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "a.territory_path");
		List<Agreement> agreements = jdbc.sql(SELECT + " where " + scope.sql() + " order by a.code limit :l offset :o")
			.params(scope.parameters()).param("l", request.getPageSize()).param("o", request.getOffset())
			.query(Agreements::row).list();
		long total = jdbc.sql("select count(*) from agreement a where " + scope.sql()).params(scope.parameters())
			.query(Long.class).single();
		Map<Long, Agreement.Row> rows = new LinkedHashMap<>();
		agreements.forEach(a -> rows.put(a.id(), new Agreement.Row(a, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
		if (!rows.isEmpty()) {
			jdbc.sql(BALANCES + """
					select b.agreement_id, count(*), sum(b.committed), sum(b.paid), sum(b.late),
					       (select count(*) from agreement_project p where p.agreement_id = b.agreement_id)
					from balances b group by b.agreement_id
					""").param("ids", rows.keySet()).param("year", asOf.getYear()).param("asOf", asOf)
				.query((rs, n) -> {
					Agreement.Row r = rows.get(rs.getLong(1));
					rows.put(rs.getLong(1), new Agreement.Row(r.agreement(), rs.getInt(2), rs.getInt(6), rs.getBigDecimal(3),
							rs.getBigDecimal(4), rs.getBigDecimal(5)));
					return null;
				}).list();
		}
		return new PageImpl<>(new ArrayList<>(rows.values()), request, total);
	}

	/** Per agreement and party: committed, committed for the years over, paid by asOf, late. */
	private static final String BALANCES = """
			with balances as (
			  select pa.agreement_id, pa.org_code,
			         coalesce((select sum(c.amount) from agreement_commitment c
			                   where c.agreement_id = pa.agreement_id and c.org_code = pa.org_code), 0) as committed,
			         coalesce((select sum(c.amount) from agreement_commitment c
			                   where c.agreement_id = pa.agreement_id and c.org_code = pa.org_code and c.year < :year), 0) as due,
			         coalesce((select sum(p.amount) from agreement_payment p
			                   where p.agreement_id = pa.agreement_id and p.org_code = pa.org_code and p.paid_on <= :asOf), 0) as paid,
			         greatest(0, coalesce((select sum(c.amount) from agreement_commitment c
			                   where c.agreement_id = pa.agreement_id and c.org_code = pa.org_code and c.year < :year), 0)
			                 - coalesce((select sum(p.amount) from agreement_payment p
			                   where p.agreement_id = pa.agreement_id and p.org_code = pa.org_code and p.paid_on <= :asOf), 0)) as late
			  from agreement_party pa where pa.agreement_id in (:ids)
			)
			""";

	@Transactional(readOnly = true)
	public Optional<Agreement.Detail> detail(long id, LocalDate asOf) {
		Optional<Agreement> found = jdbc.sql(SELECT + " where id = :id").param("id", id).query(Agreements::row).optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Agreement agreement = found.get();
		if (!Authorizations.current().sees(agreement.territoryPath())) {
			throw new AccessDeniedException("Agreement outside the reader's scopes");
		}
		List<String> partyCodes = jdbc.sql("select org_code from agreement_party where agreement_id = :id order by org_code")
			.param("id", id).query(String.class).list();
		Map<String, Organization> orgs = organizations.byCodes(partyCodes);
		List<Agreement.Party> parties = partyCodes.stream().map(code -> {
			Organization o = orgs.get(code);
			return new Agreement.Party(code, o == null ? new LocalizedName(code, code, null) : o.name(),
					o == null ? null : o.kind().name());
		}).toList();
		List<Long> projectIds = jdbc.sql("select project_id from agreement_project where agreement_id = :id").param("id", id)
			.query(Long.class).list();
		List<Agreement.LinkedProject> projects = catalog.byIds(projectIds).stream()
			.map(p -> new Agreement.LinkedProject(p.id(), p.code(), p.title())).toList();
		List<Agreement.Commitment> commitments = jdbc.sql(
				"select org_code, year, amount from agreement_commitment where agreement_id = :id order by year, org_code")
			.param("id", id).query((rs, n) -> new Agreement.Commitment(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)))
			.list();
		List<Agreement.Payment> payments = jdbc.sql("""
				select id, org_code, paid_on, amount, reference, recorded_by from agreement_payment where agreement_id = :id
				order by paid_on, id
				""").param("id", id).query((rs, n) -> new Agreement.Payment(rs.getLong(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getString(5), rs.getString(6))).list();
		List<Agreement.Amendment> amendments = jdbc.sql(
				"select number, signed_on, summary, recorded_by from agreement_amendment where agreement_id = :id order by number")
			.param("id", id).query((rs, n) -> new Agreement.Amendment(rs.getInt(1), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getString(4))).list();
		List<Balance> balances = jdbc.sql(BALANCES + "select org_code, committed, due, paid, late from balances order by org_code")
			.param("ids", List.of(id)).param("year", asOf.getYear()).param("asOf", asOf)
			.query((rs, n) -> new Balance(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5)))
			.list();
		List<Integer> years = new ArrayList<>(new TreeSet<>(commitments.stream().map(Agreement.Commitment::year).toList()));
		return Optional.of(new Agreement.Detail(agreement, parties, projects, commitments, payments, amendments, balances,
				years));
	}

	/** Opens an agreement in a territory the editor covers. */
	@Transactional
	public long open(String code, String territoryCode, LocalizedName object, LocalDate signedOn, boolean demonstration) {
		if (code == null || code.isBlank() || object.ar() == null || object.ar().isBlank() || object.fr() == null
				|| object.fr().isBlank()) {
			throw new AgreementRefused("agreement.required");
		}
		String path = territories.pathOf(territoryCode).orElseThrow(() -> new AgreementRefused("agreement.territory.unknown"));
		if (!Authorizations.current().canActOn(path, Role.ADMINISTRATOR, Role.PLANNER, Role.GOVERNOR_OFFICE)) {
			throw new AccessDeniedException("Territory outside the editor's scope");
		}
		if (jdbc.sql("select count(*) from agreement where code = :c").param("c", code.strip()).query(Long.class).single() > 0) {
			throw new AgreementRefused("agreement.code.taken");
		}
		long id = jdbc.sql("""
				insert into agreement (code, territory_code, territory_path, object_ar, object_fr, status, signed_on, demonstration)
				values (:code, :t, :path, :ar, :fr, :status, :signed, :demo) returning id
				""").param("code", code.strip()).param("t", territoryCode).param("path", path).param("ar", object.ar().strip())
			.param("fr", object.fr().strip()).param("status", signedOn == null ? "DRAFT" : "SIGNED").param("signed", signedOn)
			.param("demo", demonstration).query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", code.strip());
		after.put("territory", territoryCode);
		after.put("object_fr", object.fr());
		after.put("signed_on", signedOn);
		events.publishEvent(EntityChanged.created("Agreement", code.strip(), object.fr(), after));
		return id;
	}

	/** The agreement, editable by the current person, at the version they started from (bumped). */
	private Agreement edit(long id, long expectedVersion) {
		Agreement agreement = jdbc.sql(SELECT + " where id = :id").param("id", id).query(Agreements::row).optional()
			.orElseThrow(() -> new AgreementRefused("agreement.unknown"));
		if (!mayEdit(agreement)) {
			throw new AccessDeniedException("Agreement " + agreement.code() + " is outside the editor's scope");
		}
		if (jdbc.sql("update agreement set version = version + 1 where id = :id and version = :v").param("id", id)
			.param("v", expectedVersion).update() == 0) {
			throw new AgreementRefused("agreement.conflict");
		}
		return agreement;
	}

	@Transactional
	public void addParty(long id, long version, String orgCode) {
		Agreement agreement = edit(id, version);
		if (organizations.findByCode(orgCode.strip()).isEmpty()) {
			throw new AgreementRefused("agreement.party.unknown");
		}
		jdbc.sql("insert into agreement_party (agreement_id, org_code) values (:id, :o) on conflict do nothing")
			.param("id", id).param("o", orgCode.strip()).update();
		audit(agreement, "party", null, orgCode.strip());
	}

	@Transactional
	public void linkProject(long id, long version, String projectCode) {
		Agreement agreement = edit(id, version);
		ProjectCatalog.ProjectSummary project = catalog.byCode(projectCode.strip())
			.orElseThrow(() -> new AgreementRefused("agreement.project.unknown"));
		jdbc.sql("""
				insert into agreement_project (agreement_id, project_id, program_id, territory_path)
				values (:id, :p, :program, :path) on conflict do nothing
				""").param("id", id).param("p", project.id()).param("program", project.programId())
			.param("path", project.territoryPath()).update();
		audit(agreement, "project", null, project.code());
	}

	/** Sets a party's commitment for a year (0 removes nothing: it records a commitment of zero). */
	@Transactional
	public void commit(long id, long version, String orgCode, int year, BigDecimal amount) {
		Agreement agreement = edit(id, version);
		setCommitment(agreement, orgCode, year, amount);
	}

	private void setCommitment(Agreement agreement, String orgCode, int year, BigDecimal amount) {
		requireParty(agreement.id(), orgCode);
		if (amount == null || amount.signum() < 0) {
			throw new AgreementRefused("agreement.amount");
		}
		if (year < 2000 || year > 2100) {
			throw new AgreementRefused("agreement.year");
		}
		BigDecimal before = jdbc.sql("select amount from agreement_commitment where agreement_id = :id and org_code = :o and year = :y")
			.param("id", agreement.id()).param("o", orgCode).param("y", year).query(BigDecimal.class).optional().orElse(null);
		jdbc.sql("""
				insert into agreement_commitment (agreement_id, org_code, year, amount) values (:id, :o, :y, :a)
				on conflict (agreement_id, org_code, year) do update set amount = excluded.amount
				""").param("id", agreement.id()).param("o", orgCode).param("y", year).param("a", amount).update();
		audit(agreement, "commitment " + orgCode + " " + year, before, amount);
	}

	/** Records a payment received from a party; never more than it committed in all. */
	@Transactional
	public void pay(long id, long version, String orgCode, LocalDate paidOn, BigDecimal amount, String reference) {
		Agreement agreement = edit(id, version);
		requireParty(id, orgCode);
		if (amount == null || amount.signum() <= 0) {
			throw new AgreementRefused("agreement.amount");
		}
		if (paidOn == null || paidOn.isAfter(LocalDate.now())) {
			throw new AgreementRefused("agreement.payment.date");
		}
		BigDecimal open = jdbc.sql("""
				select coalesce((select sum(amount) from agreement_commitment where agreement_id = :id and org_code = :o), 0)
				     - coalesce((select sum(amount) from agreement_payment where agreement_id = :id and org_code = :o), 0)
				""").param("id", id).param("o", orgCode).query(BigDecimal.class).single();
		if (amount.compareTo(open) > 0) {
			throw new AgreementRefused("agreement.payment.overCommitted");
		}
		jdbc.sql("""
				insert into agreement_payment (agreement_id, org_code, paid_on, amount, reference, recorded_by)
				values (:id, :o, :on, :a, :r, :by)
				""").param("id", id).param("o", orgCode).param("on", paidOn).param("a", amount)
			.param("r", reference == null || reference.isBlank() ? null : reference.strip()).param("by", currentUser()).update();
		audit(agreement, "payment " + orgCode + " " + paidOn, null, amount);
	}

	/** Records an amendment; it may change one party's commitment for a year. */
	@Transactional
	public void amend(long id, long version, LocalDate signedOn, String summary, String orgCode, Integer year,
			BigDecimal newAmount) {
		Agreement agreement = edit(id, version);
		if (signedOn == null || summary == null || summary.isBlank()) {
			throw new AgreementRefused("agreement.amendment.required");
		}
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from agreement_amendment where agreement_id = :id")
			.param("id", id).query(Integer.class).single();
		jdbc.sql("""
				insert into agreement_amendment (agreement_id, number, signed_on, summary, recorded_by)
				values (:id, :n, :on, :s, :by)
				""").param("id", id).param("n", number).param("on", signedOn).param("s", summary.strip())
			.param("by", currentUser()).update();
		audit(agreement, "amendment " + number, null, summary.strip());
		if (orgCode != null && !orgCode.isBlank() && year != null && newAmount != null) {
			setCommitment(agreement, orgCode, year, newAmount);
		}
	}

	@Transactional
	public void setStatus(long id, long version, String status) {
		if (!Agreement.STATUSES.contains(status)) {
			throw new AgreementRefused("agreement.status.invalid");
		}
		Agreement agreement = edit(id, version);
		if (agreement.status().equals("CLOSED") || agreement.status().equals("TERMINATED")) {
			throw new AgreementRefused("agreement.status.final");
		}
		jdbc.sql("update agreement set status = :s where id = :id").param("s", status).param("id", id).update();
		audit(agreement, "status", agreement.status(), status);
	}

	private void requireParty(long id, String orgCode) {
		if (orgCode == null || jdbc.sql("select count(*) from agreement_party where agreement_id = :id and org_code = :o")
			.param("id", id).param("o", orgCode).query(Long.class).single() == 0) {
			throw new AgreementRefused("agreement.party.notParty");
		}
	}

	private void audit(Agreement agreement, String what, Object before, Object after) {
		Map<String, Object> b = new LinkedHashMap<>();
		b.put(what, before);
		Map<String, Object> a = new LinkedHashMap<>();
		a.put(what, after);
		events.publishEvent(EntityChanged.updated("Agreement", agreement.code(), what, b, a));
	}

	/**
	 * For the evaluation: each party's overdue unpaid amount on agreements financing projects of these
	 * programs in the subtree (an agreement counts once, whatever the number of its projects there).
	 */
	@Override
	@Transactional(readOnly = true)
	public Unpaid within(String territoryPath, Collection<Long> programIds, LocalDate asOf) {
		if (programIds == null || programIds.isEmpty()) {
			return new Unpaid(BigDecimal.ZERO, 0, 0);
		}
		ScopeFilter within = ScopeFilter.within(territoryPath, "ap.territory_path", "territory");
		List<Long> ids = jdbc.sql("select distinct ap.agreement_id from agreement_project ap where ap.program_id in (:programs) and "
				+ within.sql()).params(within.parameters()).param("programs", programIds).query(Long.class).list();
		if (ids.isEmpty()) {
			return new Unpaid(BigDecimal.ZERO, 0, 0);
		}
		return jdbc.sql(BALANCES + """
				select coalesce(sum(late), 0),
				       count(distinct agreement_id) filter (where late > 0),
				       (select count(distinct ap.project_id) from agreement_project ap
				        where ap.agreement_id in (select agreement_id from balances where late > 0)
				          and ap.program_id in (:programs) and """ + within.sql() + ")\nfrom balances")
			.param("ids", ids).param("year", asOf.getYear()).param("asOf", asOf).param("programs", programIds)
			.params(within.parameters())
			.query((rs, n) -> new Unpaid(rs.getBigDecimal(1), rs.getLong(2), rs.getLong(3))).single();
	}

	static String currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static Agreement row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Agreement(rs.getLong("id"), rs.getString("code"), rs.getString("territory_code"),
				rs.getString("territory_path"), new LocalizedName(rs.getString("object_ar"), rs.getString("object_fr"), null),
				rs.getString("status"), rs.getObject("signed_on", LocalDate.class), rs.getBoolean("demonstration"),
				rs.getLong("version"));
	}
}
