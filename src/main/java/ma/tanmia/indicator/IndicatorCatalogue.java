package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national catalogue of indicators: read by everyone signed in, defined and corrected by an
 * administrator only (a definition changed by one province would change every other's figures).
 */
@Service
public class IndicatorCatalogue {

	/** The levels at which values may be recorded, from the commune up, the order pages list them in. */
	static final List<String> LEVEL_ORDER = List.of("COMMUNE", "PREFECTURE", "PROVINCE", "REGION", "COUNTRY");
	static final Set<String> LEVELS = Set.copyOf(LEVEL_ORDER);

	static final String SELECT = """
			select id, code, name_ar, name_fr, unit, domain, polarity, source, levels, aggregation, numerator_code,
			       denominator_code, ratio_scale, demonstration, version
			from indicator
			""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	IndicatorCatalogue(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Indicator> find(String code) {
		return jdbc.sql(SELECT + " where code = :code").param("code", code).query(IndicatorCatalogue::row).optional();
	}

	@Transactional(readOnly = true)
	public List<Indicator> all() {
		return jdbc.sql(SELECT + " order by domain, code").query(IndicatorCatalogue::row).list();
	}

	@Transactional(readOnly = true)
	public Map<String, Indicator> byCodes(java.util.Collection<String> codes) {
		Map<String, Indicator> found = new LinkedHashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql(SELECT + " where code in (:codes) order by domain, code").param("codes", codes).query(IndicatorCatalogue::row).list()
				.forEach(i -> found.put(i.code(), i));
		}
		return found;
	}

	/** Adds an indicator to the catalogue. */
	@Transactional
	public Indicator define(IndicatorDefinition definition, boolean demonstration) {
		requireAdministrator();
		check(definition);
		if (find(definition.code()).isPresent()) {
			throw new DiagnosisRefused("indicator.error.codeTaken", definition.code());
		}
		jdbc.sql("""
				insert into indicator (code, name_ar, name_fr, unit, domain, polarity, source, levels, aggregation,
				                       numerator_code, denominator_code, ratio_scale, demonstration)
				values (:code, :ar, :fr, :unit, :domain, :polarity, :source, :levels, :aggregation, :numerator,
				        :denominator, :scale, :demo)
				""").params(parameters(definition)).param("demo", demonstration).update();
		Indicator created = find(definition.code()).orElseThrow();
		events.publishEvent(EntityChanged.created("Indicator", created.code(), created.name().fr(), snapshot(created)));
		return created;
	}

	/** Corrects a definition, against the version the administrator started from. */
	@Transactional
	public Indicator redefine(String code, long expectedVersion, IndicatorDefinition definition) {
		requireAdministrator();
		Indicator before = find(code).orElseThrow(() -> new DiagnosisRefused("indicator.error.unknown", code));
		check(new IndicatorDefinition(code, definition.name(), definition.unit(), definition.domain(),
				definition.polarity(), definition.source(), definition.levels(), definition.aggregation(),
				definition.numeratorCode(), definition.denominatorCode(), definition.ratioScale()));
		int updated = jdbc.sql("""
				update indicator set name_ar = :ar, name_fr = :fr, unit = :unit, domain = :domain, polarity = :polarity,
				       source = :source, levels = :levels, aggregation = :aggregation, numerator_code = :numerator,
				       denominator_code = :denominator, ratio_scale = :scale, version = version + 1
				where code = :target and version = :version
				""").params(parameters(definition)).param("target", code).param("version", expectedVersion).update();
		if (updated == 0) {
			throw new DiagnosisRefused("indicator.error.conflict");
		}
		Indicator after = find(code).orElseThrow();
		events.publishEvent(EntityChanged.updated("Indicator", code, after.name().fr(), snapshot(before), snapshot(after)));
		return after;
	}

	private void check(IndicatorDefinition d) {
		if (d.code() == null || !d.code().matches("[A-Z0-9_]{2,32}")) {
			throw new DiagnosisRefused("indicator.error.code");
		}
		if (d.levels() == null || d.levels().isEmpty() || !LEVELS.containsAll(d.levels())) {
			throw new DiagnosisRefused("indicator.error.levels");
		}
		if (d.aggregation() == Aggregation.RATIO) {
			if (d.numeratorCode() == null || d.denominatorCode() == null || d.numeratorCode().equals(d.code())
					|| d.denominatorCode().equals(d.code())) {
				throw new DiagnosisRefused("indicator.error.ratioTerms");
			}
			if (byCodes(List.of(d.numeratorCode(), d.denominatorCode())).size() < 2) {
				throw new DiagnosisRefused("indicator.error.ratioTerms");
			}
		}
	}

	private static void requireAdministrator() {
		if (!Authorizations.current().has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only an administrator defines indicators");
		}
	}

	private static Map<String, Object> parameters(IndicatorDefinition d) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("code", d.code());
		p.put("ar", d.name().ar());
		p.put("fr", d.name().fr());
		p.put("unit", d.unit());
		p.put("domain", d.domain().name());
		p.put("polarity", d.polarity().name());
		p.put("source", d.source());
		p.put("levels", String.join(",", d.levels().stream().sorted().toList()));
		p.put("aggregation", d.aggregation().name());
		boolean ratio = d.aggregation() == Aggregation.RATIO;
		p.put("numerator", ratio ? d.numeratorCode() : null);
		p.put("denominator", ratio ? d.denominatorCode() : null);
		p.put("scale", d.ratioScale() == null ? BigDecimal.ONE : d.ratioScale());
		return p;
	}

	static Map<String, Object> snapshot(Indicator i) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("code", i.code());
		s.put("name_ar", i.name().ar());
		s.put("name_fr", i.name().fr());
		s.put("unit", i.unit());
		s.put("domain", i.domain().name());
		s.put("polarity", i.polarity().name());
		s.put("source", i.source());
		s.put("levels", String.join(",", i.levels()));
		s.put("aggregation", i.aggregation().name());
		s.put("numerator", i.numeratorCode());
		s.put("denominator", i.denominatorCode());
		s.put("ratio_scale", i.ratioScale());
		return s;
	}

	static Indicator row(ResultSet rs, int n) throws SQLException {
		return new Indicator(rs.getLong("id"), rs.getString("code"),
				new LocalizedName(rs.getString("name_ar"), rs.getString("name_fr"), null), rs.getString("unit"),
				Domain.valueOf(rs.getString("domain")), Polarity.valueOf(rs.getString("polarity")), rs.getString("source"),
				new LinkedHashSet<>(Arrays.asList(rs.getString("levels").split(","))),
				Aggregation.valueOf(rs.getString("aggregation")), rs.getString("numerator_code"),
				rs.getString("denominator_code"), rs.getBigDecimal("ratio_scale"), rs.getBoolean("demonstration"),
				rs.getLong("version"));
	}
}
