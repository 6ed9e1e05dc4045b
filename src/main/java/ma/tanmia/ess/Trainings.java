package ma.tanmia.ess;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings for cooperatives (financial education, quality, marketing, labels, management) and who
 * took part: per cooperative, people registered and attending, women and youth among them.
 */
@Service
public class Trainings {

	public record TrainingSpec(TrainingKind kind, String titleAr, String titleFr, LocalDate startsOn, LocalDate endsOn,
			String trainer, String territoryCode) {
	}

	public record Participation(long cooperativeId, int registered, int attended, int women, int youth) {
	}

	record TrainingRow(long id, TrainingKind kind, LocalizedName title, LocalDate startsOn, LocalDate endsOn,
			String trainer, String territoryCode, int cooperatives, int registered, int attended, int women, int youth) {

		/** Attendance as a share of those registered, in percent; null when nobody registered. */
		public Double attendancePct() {
			return registered == 0 ? null : attended * 100.0 / registered;
		}
	}

	private final JdbcClient jdbc;
	private final Territories territories;
	private final EssAccess access;
	private final CooperativeRepository cooperatives;
	private final ApplicationEventPublisher events;

	Trainings(JdbcClient jdbc, Territories territories, EssAccess access, CooperativeRepository cooperatives,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.access = access;
		this.cooperatives = cooperatives;
		this.events = events;
	}

	/** Schedules a training; an officer of its territory. */
	@Transactional
	public long schedule(TrainingSpec spec, boolean demonstration) {
		if (spec.kind() == null || blank(spec.titleAr()) || blank(spec.titleFr()) || blank(spec.trainer())
				|| spec.startsOn() == null || spec.endsOn() == null) {
			throw new EssRuleBroken("ess.training.required");
		}
		if (spec.endsOn().isBefore(spec.startsOn())) {
			throw new EssRuleBroken("ess.training.dates");
		}
		String path = territories.pathOf(spec.territoryCode())
			.orElseThrow(() -> new EssRuleBroken("ess.cooperative.territory.unknown", String.valueOf(spec.territoryCode())));
		access.checkOfficer(path);
		long id = jdbc.sql("""
				insert into ess_training (kind, title_ar, title_fr, starts_on, ends_on, trainer, territory_code,
				                          territory_path, demonstration)
				values (:kind, :ar, :fr, :start, :end, :trainer, :code, :path, :demo) returning id
				""").param("kind", spec.kind().name()).param("ar", spec.titleAr().strip()).param("fr", spec.titleFr().strip())
			.param("start", spec.startsOn()).param("end", spec.endsOn()).param("trainer", spec.trainer().strip())
			.param("code", spec.territoryCode()).param("path", path).param("demo", demonstration)
			.query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", spec.kind().name());
		after.put("title_fr", spec.titleFr());
		after.put("starts_on", spec.startsOn().toString());
		after.put("ends_on", spec.endsOn().toString());
		after.put("trainer", spec.trainer());
		after.put("territory_code", spec.territoryCode());
		events.publishEvent(EntityChanged.created("Training", String.valueOf(id), spec.titleFr(), after));
		return id;
	}

	/** Records (or corrects) one cooperative's participation: attendance and women and youth within those registered. */
	@Transactional
	public void recordParticipation(long trainingId, Participation p) {
		String path = jdbc.sql("select territory_path from ess_training where id = :id").param("id", trainingId)
			.query(String.class).optional().orElseThrow(() -> new EssRuleBroken("ess.training.unknown"));
		access.checkOfficer(path);
		cooperatives.findById(p.cooperativeId()).orElseThrow(() -> new EssRuleBroken("ess.cooperative.unknown", p.cooperativeId()));
		if (p.registered() <= 0 || p.attended() < 0 || p.women() < 0 || p.youth() < 0) {
			throw new EssRuleBroken("ess.training.participants.positive");
		}
		if (p.attended() > p.registered() || p.women() > p.registered() || p.youth() > p.registered()) {
			throw new EssRuleBroken("ess.training.participants.exceed", p.registered());
		}
		jdbc.sql("""
				insert into ess_training_participant (training_id, cooperative_id, registered, attended, women, youth)
				values (:t, :c, :r, :a, :w, :y)
				on conflict (training_id, cooperative_id) do update
				set registered = excluded.registered, attended = excluded.attended, women = excluded.women, youth = excluded.youth
				""").param("t", trainingId).param("c", p.cooperativeId()).param("r", p.registered())
			.param("a", p.attended()).param("w", p.women()).param("y", p.youth()).update();
		events.publishEvent(EntityChanged.updated("Training", String.valueOf(trainingId), "participation", null,
				Map.of("cooperative", p.cooperativeId(), "registered", p.registered(), "attended", p.attended(),
						"women", p.women(), "youth", p.youth())));
	}

	/** The trainings the reader sees (by territory scope), latest first, one query. */
	@Transactional(readOnly = true)
	List<TrainingRow> list(Long cooperativeId, int limit) {
		ScopeFilter visible = cooperativeId == null
				? ScopeFilter.overlapping(EssAccess.readingScopes(ma.tanmia.shared.Authorizations.current()), "t.territory_path")
				: new ScopeFilter("t.id in (select training_id from ess_training_participant where cooperative_id = :coop)",
						Map.of("coop", cooperativeId));
		return jdbc.sql("""
				select t.id, t.kind, t.title_ar, t.title_fr, t.starts_on, t.ends_on, t.trainer, t.territory_code,
				       count(p.cooperative_id), coalesce(sum(p.registered), 0), coalesce(sum(p.attended), 0),
				       coalesce(sum(p.women), 0), coalesce(sum(p.youth), 0)
				from ess_training t left join ess_training_participant p on p.training_id = t.id
				where %s
				group by t.id order by t.starts_on desc, t.id desc limit :limit
				""".formatted(visible.sql())).params(visible.parameters()).param("limit", limit)
			.query((rs, n) -> new TrainingRow(rs.getLong(1), TrainingKind.valueOf(rs.getString(2)),
					new LocalizedName(rs.getString(3), rs.getString(4), null), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
					rs.getInt(11), rs.getInt(12), rs.getInt(13)))
			.list();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
