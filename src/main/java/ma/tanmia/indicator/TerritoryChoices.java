package ma.tanmia.indicator;

import java.util.ArrayList;
import java.util.List;

import ma.tanmia.shared.Authorizations;
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
