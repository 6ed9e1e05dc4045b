package ma.tanmia.ess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cooperative's products and their quality labels; the labels lapsing soon, for the alerts. */
@Service
public class CooperativeProducts {

	/** Days before a label's end from which it is shown as expiring, unless the reader asks otherwise. */
	public static final int DEFAULT_ALERT_DAYS = 90;

	public record Product(long id, LocalizedName name, List<Label> labels) {
	}

	public record Label(long id, QualityLabel label, long version) {
	}

	/** A label that lapses soon, with the cooperative and product it belongs to. */
	public record ExpiringLabel(long cooperativeId, LocalizedName cooperative, LocalizedName product, QualityLabel label,
			long daysLeft) {
	}

	private final JdbcClient jdbc;
	private final CooperativeRepository cooperatives;
	private final EssAccess access;
	private final ApplicationEventPublisher events;

	CooperativeProducts(JdbcClient jdbc, CooperativeRepository cooperatives, EssAccess access,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.cooperatives = cooperatives;
		this.access = access;
		this.events = events;
	}

	@Transactional
	public long addProduct(long cooperativeId, String nameAr, String nameFr) {
		Cooperative cooperative = editable(cooperativeId);
		if (nameAr == null || nameAr.isBlank() || nameFr == null || nameFr.isBlank()) {
			throw new EssRuleBroken("ess.product.name.required");
		}
		long id = jdbc.sql("insert into ess_product (cooperative_id, name_ar, name_fr) values (:c, :ar, :fr) returning id")
			.param("c", cooperativeId).param("ar", nameAr.strip()).param("fr", nameFr.strip()).query(Long.class).single();
		events.publishEvent(EntityChanged.created("CooperativeProduct", cooperative.registrationNumber() + "#" + id,
				nameFr, Map.of("cooperative", cooperative.registrationNumber(), "name_ar", nameAr, "name_fr", nameFr)));
		return id;
	}

	@Transactional
	public long addLabel(long productId, QualityLabel label) {
		Long cooperativeId = jdbc.sql("select cooperative_id from ess_product where id = :p").param("p", productId)
			.query(Long.class).optional().orElseThrow(() -> new EssRuleBroken("ess.product.unknown"));
		Cooperative cooperative = editable(cooperativeId);
		label.check();
		long id = jdbc.sql("""
				insert into ess_label (product_id, cooperative_id, kind, name, certification_body, certificate_number,
				                       valid_from, valid_until)
				values (:p, :c, :kind, :name, :body, :number, :from, :until) returning id
				""").param("p", productId).param("c", cooperativeId).param("kind", label.kind().name())
			.param("name", label.name().strip()).param("body", label.certificationBody().strip())
			.param("number", label.certificateNumber().strip()).param("from", label.validFrom())
			.param("until", label.validUntil()).query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("cooperative", cooperative.registrationNumber());
		after.put("product", productId);
		after.put("kind", label.kind().name());
		after.put("name", label.name());
		after.put("certification_body", label.certificationBody());
		after.put("certificate_number", label.certificateNumber());
		after.put("valid_from", label.validFrom().toString());
		after.put("valid_until", label.validUntil().toString());
		events.publishEvent(EntityChanged.created("QualityLabel", cooperative.registrationNumber() + "#" + id,
				label.name(), after));
		return id;
	}

	/** A label as stored, with the cooperative it belongs to. */
	private record StoredLabel(long cooperativeId, QualityLabel label, long version) {
	}

	private StoredLabel stored(long labelId) {
		return jdbc.sql("""
				select cooperative_id, kind, name, certification_body, certificate_number, valid_from, valid_until, version
				from ess_label where id = :id
				""").param("id", labelId)
			.query((rs, n) -> new StoredLabel(rs.getLong(1), new QualityLabel(LabelKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
					rs.getObject(7, LocalDate.class)), rs.getLong(8)))
			.optional().orElseThrow(() -> new EssRuleBroken("ess.label.unknown"));
	}

	/**
	 * Corrects a label or renews it with its new certificate and dates, against the version the editor
	 * saw; audited with the values before and after.
	 */
	@Transactional
	public void correctLabel(long labelId, long expectedVersion, QualityLabel label) {
		StoredLabel current = stored(labelId);
		Cooperative cooperative = editable(current.cooperativeId());
		label.check();
		int updated = jdbc.sql("""
				update ess_label set kind = :kind, name = :name, certification_body = :body, certificate_number = :number,
				       valid_from = :from, valid_until = :until, version = version + 1
				where id = :id and version = :version
				""").param("kind", label.kind().name()).param("name", label.name().strip())
			.param("body", label.certificationBody().strip()).param("number", label.certificateNumber().strip())
			.param("from", label.validFrom()).param("until", label.validUntil()).param("id", labelId)
			.param("version", expectedVersion).update();
		if (updated == 0) {
			throw new EssRuleBroken("ess.label.conflict");
		}
		events.publishEvent(EntityChanged.updated("QualityLabel", cooperative.registrationNumber() + "#" + labelId,
				label.name(), labelState(current.label(), current.version()), labelState(label, expectedVersion + 1)));
	}

	/** Withdraws a label entered by mistake or no longer held; audited with what it was. */
	@Transactional
	public void withdrawLabel(long labelId, long expectedVersion) {
		StoredLabel current = stored(labelId);
		Cooperative cooperative = editable(current.cooperativeId());
		if (jdbc.sql("delete from ess_label where id = :id and version = :version").param("id", labelId)
			.param("version", expectedVersion).update() == 0) {
			throw new EssRuleBroken("ess.label.conflict");
		}
		events.publishEvent(EntityChanged.deleted("QualityLabel", cooperative.registrationNumber() + "#" + labelId,
				current.label().name(), labelState(current.label(), current.version())));
	}

	private static Map<String, Object> labelState(QualityLabel label, long version) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("kind", label.kind().name());
		state.put("name", label.name());
		state.put("certification_body", label.certificationBody());
		state.put("certificate_number", label.certificateNumber());
		state.put("valid_from", String.valueOf(label.validFrom()));
		state.put("valid_until", String.valueOf(label.validUntil()));
		state.put("version", version);
		return state;
	}

	/** The products of one cooperative with their labels: two queries. */
	@Transactional(readOnly = true)
	public List<Product> of(long cooperativeId) {
		Map<Long, List<Label>> labels = new LinkedHashMap<>();
		jdbc.sql("""
				select id, product_id, kind, name, certification_body, certificate_number, valid_from, valid_until, version
				from ess_label where cooperative_id = :c order by valid_until, id
				""").param("c", cooperativeId).query(rs -> {
			labels.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Label(rs.getLong(1),
					new QualityLabel(LabelKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)),
					rs.getLong(9)));
		});
		return jdbc.sql("select id, name_ar, name_fr from ess_product where cooperative_id = :c order by "
				+ LocalizedName.sqlOrder("", org.springframework.context.i18n.LocaleContextHolder.getLocale()) + ", id")
			.param("c", cooperativeId)
			.query((rs, n) -> new Product(rs.getLong(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					labels.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	/**
	 * Labels still valid today that lapse within {@code days} days, in the cooperatives the reader
	 * sees under {@code path} (or of one cooperative), soonest first.
	 */
	@Transactional(readOnly = true)
	List<ExpiringLabel> expiring(String path, Long cooperativeId, int days, int limit) {
		LocalDate today = CooperativeRegistry.today();
		ScopeFilter visible = access.visible("c.territory_path", "c.id");
		Map<String, Object> parameters = new LinkedHashMap<>(visible.parameters());
		String where = visible.sql();
		if (path != null) {
			ScopeFilter within = ScopeFilter.within(path, "c.territory_path", "unit");
			where += " and " + within.sql();
			parameters.putAll(within.parameters());
		}
		if (cooperativeId != null) {
			where += " and c.id = :coop";
			parameters.put("coop", cooperativeId);
		}
		return jdbc.sql("""
				select c.id, c.name_ar, c.name_fr, p.name_ar, p.name_fr, l.kind, l.name, l.certification_body,
				       l.certificate_number, l.valid_from, l.valid_until
				from ess_label l join ess_product p on p.id = l.product_id join ess_cooperative c on c.id = l.cooperative_id
				where l.valid_until >= :today and l.valid_until <= :until and l.valid_from <= :today and %s
				order by l.valid_until, l.id limit :limit
				""".formatted(where)).params(parameters).param("today", today).param("until", today.plusDays(days))
			.param("limit", limit)
			.query((rs, n) -> {
				QualityLabel label = new QualityLabel(LabelKind.valueOf(rs.getString(6)), rs.getString(7),
						rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class),
						rs.getObject(11, LocalDate.class));
				return new ExpiringLabel(rs.getLong(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
						new LocalizedName(rs.getString(4), rs.getString(5), null), label,
						java.time.temporal.ChronoUnit.DAYS.between(today, label.validUntil()));
			})
			.list();
	}

	private Cooperative editable(long cooperativeId) {
		Cooperative cooperative = cooperatives.findById(cooperativeId)
			.orElseThrow(() -> new CooperativeNotFound(cooperativeId));
		access.checkEdits(cooperativeId, cooperative.territoryPath());
		return cooperative;
	}
}
