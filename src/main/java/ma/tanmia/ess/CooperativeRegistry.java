package ma.tanmia.ess;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the cooperative registry goes through here: checked against the editor's scope,
 * against the version the editor started from, and written to the audit trail with the values
 * before and after.
 */
@Service
public class CooperativeRegistry {

	static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

	/** The cooperative changed since the editor opened it: nothing was written. */
	static class EditConflict extends RuntimeException {

		EditConflict() {
			super("The cooperative was changed by someone else");
		}
	}

	private final CooperativeRepository cooperatives;
	private final Territories territories;
	private final EssAccess access;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	CooperativeRegistry(CooperativeRepository cooperatives, Territories territories, EssAccess access, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.cooperatives = cooperatives;
		this.territories = territories;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
	}

	static LocalDate today() {
		return LocalDate.now(MOROCCO);
	}

	/** A cooperative sits in a commune, or in a province when its commune is not in the reference data yet. */
	Cooperative.Location locate(String territoryCode) {
		Territory unit = territoryCode == null ? null : territories.find(territoryCode).orElse(null);
		if (unit == null) {
			throw new EssRuleBroken("ess.cooperative.territory.unknown", String.valueOf(territoryCode));
		}
		if (unit.level() != TerritoryLevel.COMMUNE && unit.level() != TerritoryLevel.PROVINCE
				&& unit.level() != TerritoryLevel.PREFECTURE) {
			throw new EssRuleBroken("ess.cooperative.territory.level", territoryCode);
		}
		return new Cooperative.Location(unit.path(), unit.latitude(), unit.longitude());
	}

	/** Registers a cooperative; an officer whose scope covers its commune. Returns its id. */
	@Transactional
	public long register(CooperativeDetails details, boolean demonstration) {
		Cooperative.Location location = locate(details.territoryCode());
		access.checkOfficer(location.path());
		if (details.registrationNumber() != null
				&& cooperatives.findByRegistrationNumber(details.registrationNumber().strip()).isPresent()) {
			throw new EssRuleBroken("ess.cooperative.registration.taken", details.registrationNumber().strip());
		}
		Cooperative saved = cooperatives.save(new Cooperative(details, location, demonstration, today()));
		events.publishEvent(EntityChanged.created("Cooperative", saved.registrationNumber(), saved.nameFr(),
				snapshot(saved)));
		return saved.id();
	}

	/**
	 * Changes a cooperative's registry entry, against the version the editor saw. A manager edits their
	 * own cooperative but neither moves it to another commune nor changes its registration number: those
	 * are the registry's.
	 */
	@Transactional
	public void edit(long id, long expectedVersion, CooperativeDetails details) {
		Cooperative cooperative = cooperatives.findById(id).orElseThrow(() -> new CooperativeNotFound(id));
		access.checkEdits(id, cooperative.territoryPath());
		if (cooperative.version() != expectedVersion) {
			throw new EditConflict();
		}
		Cooperative.Location location = locate(details.territoryCode());
		boolean officer = access.isOfficerFor(cooperative.territoryPath()) && access.isOfficerFor(location.path());
		if (!officer && (!location.path().equals(cooperative.territoryPath())
				|| !details.registrationNumber().strip().equals(cooperative.registrationNumber()))) {
			throw new AccessDeniedException("Only the registry moves a cooperative or changes its number");
		}
		cooperatives.findByRegistrationNumber(details.registrationNumber().strip())
			.filter(other -> !other.id().equals(id))
			.ifPresent(other -> {
				throw new EssRuleBroken("ess.cooperative.registration.taken", other.registrationNumber());
			});
		Map<String, Object> before = snapshot(cooperative);
		cooperative.describe(details, location, today());
		Cooperative saved = cooperatives.save(cooperative);
		events.publishEvent(EntityChanged.updated("Cooperative", saved.registrationNumber(), saved.nameFr(), before,
				snapshot(saved)));
	}

	/** Links an account to a cooperative it manages; an officer of the cooperative's territory. */
	@Transactional
	public void linkManager(String username, String registrationNumber) {
		Cooperative cooperative = cooperatives.findByRegistrationNumber(registrationNumber)
			.orElseThrow(() -> new EssRuleBroken("ess.cooperative.unknown", registrationNumber));
		access.checkOfficer(cooperative.territoryPath());
		int added = jdbc.sql("""
				insert into ess_cooperative_manager (username, cooperative_id) values (:u, :c) on conflict do nothing
				""").param("u", username).param("c", cooperative.id()).update();
		if (added > 0) {
			events.publishEvent(EntityChanged.created("CooperativeManager", username + "@" + registrationNumber,
					username, Map.of("username", username, "cooperative", registrationNumber)));
		}
	}

	static Map<String, Object> snapshot(Cooperative c) {
		CooperativeDetails d = c.details();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("registration_number", d.registrationNumber());
		values.put("registered_on", String.valueOf(d.registeredOn()));
		values.put("name_ar", d.nameAr());
		values.put("name_fr", d.nameFr());
		values.put("legal_form", d.legalForm().name());
		values.put("value_chain", d.valueChain().name());
		values.put("territory_code", d.territoryCode());
		values.put("members_total", d.membersTotal());
		values.put("members_women", d.membersWomen());
		values.put("members_youth", d.membersYouth());
		values.put("capital", d.capital());
		values.put("status", d.status().name());
		values.put("in_directory", d.inDirectory());
		values.put("version", c.version());
		return values;
	}
}
