package ma.tanmia.territory;

import java.util.Set;

/** The tiers of Moroccan territorial organization. */
public enum TerritoryLevel {
	COUNTRY, REGION, PREFECTURE, PROVINCE, COMMUNE;

	/** The levels a unit of this level may sit under. */
	Set<TerritoryLevel> allowedParents() {
		return switch (this) {
			case COUNTRY -> Set.of();
			case REGION -> Set.of(COUNTRY);
			case PREFECTURE, PROVINCE -> Set.of(REGION);
			case COMMUNE -> Set.of(PREFECTURE, PROVINCE);
		};
	}
}
