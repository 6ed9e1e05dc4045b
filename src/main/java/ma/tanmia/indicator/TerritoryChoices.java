package ma.tanmia.indicator;

import java.util.ArrayList;
import java.util.List;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopedRole;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.stereotype.Component;

/**
 * The territories a person may diagnose — the regions, prefectures and provinces their scope
 * overlaps — and the one shown first: where they work (the province of a commune's planner, whose
 * communes are the ones compared).
 */
@Component
class TerritoryChoices {

	private final Territories territories;

	TerritoryChoices(Territories territories) {
		this.territories = territories;
	}

	List<Territory> visible() {
		Authorizations who = Authorizations.current();
		List<Territory> choices = new ArrayList<>();
		for (TerritoryLevel level : List.of(TerritoryLevel.COUNTRY, TerritoryLevel.REGION, TerritoryLevel.PREFECTURE,
				TerritoryLevel.PROVINCE)) {
			territories.unitsWithin("MA", level).stream().filter(t -> who.sees(t.path())).forEach(choices::add);
		}
		choices.sort(java.util.Comparator.comparing(Territory::path));
		return choices;
	}

	/** Beyond this many units, the value form asks for a code rather than listing them all (a national role). */
	static final int LISTED_AT_MOST = 400;

	/**
	 * The units a person may enter values for, to pick from in the value form: the communes,
	 * prefectures and provinces of the scopes where they hold one of {@code roles} (the scope itself
	 * when it is a commune). None when there are more than {@link #LISTED_AT_MOST}.
	 */
	List<Territory> within(Role... roles) {
		Authorizations who = Authorizations.current();
		java.util.Map<String, Territory> units = new java.util.TreeMap<>();
		for (ScopedRole scope : who.roles()) {
			if (!java.util.Arrays.asList(roles).contains(scope.role())) {
				continue;
			}
			for (TerritoryLevel level : List.of(TerritoryLevel.PREFECTURE, TerritoryLevel.PROVINCE, TerritoryLevel.COMMUNE)) {
				territories.unitsWithin(scope.territoryCode(), level).forEach(t -> units.put(t.path(), t));
				if (units.size() > LISTED_AT_MOST) {
					return List.of();
				}
			}
			territories.find(scope.territoryCode()).filter(t -> t.level() == TerritoryLevel.COMMUNE)
				.ifPresent(t -> units.put(t.path(), t));
		}
		return List.copyOf(units.values());
	}

	String preferred() {
		List<ScopedRole> roles = Authorizations.current().roles();
		if (roles.isEmpty()) {
			return "MA";
		}
		String code = roles.get(0).territoryCode();
		return territories.find(code)
			.map(t -> t.level() == TerritoryLevel.COMMUNE ? t.parentCode() : t.code())
			.orElse("MA");
	}
}
