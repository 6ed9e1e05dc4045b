package ma.tanmia.consultation;

import java.util.List;
import java.util.Map;

import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The territory filter of the consultation lists: a unit's subtree and the units that contain it
 * (a regional meeting concerns a commune's citizens too), or everything when no unit is chosen.
 */
@Component
class TerritoryScope {

	static final int MAX_PAGE_SIZE = 200;

	private final Territories territories;

	TerritoryScope(Territories territories) {
		this.territories = territories;
	}

	/** The path of the unit a reader filtered on; null when none; 404 when unknown. */
	String pathOf(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return territories.pathOf(code.strip()).orElseThrow(() -> new ConsultationNotFound("territory " + code));
	}

	/** The unit a reader filtered on, for a map's centre; empty when none or unknown. */
	java.util.Optional<ma.tanmia.territory.Territory> unit(String code) {
		return code == null || code.isBlank() ? java.util.Optional.empty() : territories.find(code.strip());
	}

	/** The names of these units, by code, for a list's territory column. */
	Map<String, ma.tanmia.shared.LocalizedName> names(java.util.Collection<String> codes) {
		return territories.findAll(codes.stream().distinct().toList()).stream()
			.collect(java.util.stream.Collectors.toMap(ma.tanmia.territory.Territory::code, ma.tanmia.territory.Territory::name));
	}

	static ScopeFilter around(String path, String column) {
		return path == null ? new ScopeFilter("true", Map.of()) : ScopeFilter.overlapping(List.of(path), column);
	}

	static PageRequest page(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
	}
}
