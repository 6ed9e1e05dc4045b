package ma.tanmia.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.tanmia.indicator.SectorDeficits;
import ma.tanmia.organization.Organization;
import ma.tanmia.organization.Organizations;
import ma.tanmia.project.ProjectCatalog;
import ma.tanmia.project.ProjectCatalog.ProjectSummary;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every actor's interventions in a territory — collectivities, State sectors, INDH, partners: the
 * projects of every program located there, with their owner's kind — and what that shows: overlaps
 * (a unit and a sector where more than one owner intervenes) and gaps (a commune where the diagnosis
 * shows a deficit in a sector, and no project of that sector is located). A fixed number of queries
 * whatever the size (a few per indicator of the diagnosis).
 */
@Service
public class Coordination {

	/** At most this many interventions are read (the largest first); the page says when it is reached. */
	static final int LIMIT = 5000;

	public record Intervention(ProjectSummary project, Organization owner, Territory place, BigDecimal latitude,
			BigDecimal longitude) {
	}

	public record Overlap(Territory place, String sectorCode, List<Organization> owners, List<Intervention> interventions) {
	}

	/** A commune with a deficit in a sector (the diagnosis' indicators of that sector) and no project of it. */
	public record Gap(Territory commune, String sectorCode, List<SectorDeficits.SectorDeficit> deficits) {
	}

	public record View(Territory territory, List<Intervention> interventions, boolean truncated, List<Overlap> overlaps,
			List<Gap> gaps, Map<String, LocalizedName> sectors, Map<String, Long> byOwnerKind) {
	}

	private final ProjectCatalog catalog;
	private final Organizations organizations;
	private final Territories territories;
	private final SectorDeficits deficits;

	Coordination(ProjectCatalog catalog, Organizations organizations, Territories territories, SectorDeficits deficits) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.territories = territories;
		this.deficits = deficits;
	}

	@Transactional(readOnly = true)
	public java.util.Optional<View> of(String territoryCode) {
		Territory territory = territories.find(territoryCode).orElse(null);
		if (territory == null) {
			return java.util.Optional.empty();
		}
		if (!Authorizations.current().sees(territory.path())) {
			throw new AccessDeniedException("Territory outside the reader's scopes");
		}
		List<ProjectSummary> projects = catalog.within(territory.path(), null, LIMIT + 1);
		boolean truncated = projects.size() > LIMIT;
		if (truncated) {
			projects = projects.subList(0, LIMIT);
		}
		Map<String, Organization> owners = organizations.byCodes(projects.stream().map(ProjectSummary::ownerOrgCode)
			.filter(java.util.Objects::nonNull).distinct().toList());
		List<String> units = territories.subtreeCodes(territory.code());
		Map<String, Territory> places = new HashMap<>();
		territories.findAll(units).forEach(t -> places.put(t.code(), t));
		List<Intervention> interventions = new ArrayList<>();
		for (ProjectSummary p : projects) {
			Territory place = places.get(p.territoryCode());
			interventions.add(new Intervention(p, p.ownerOrgCode() == null ? null : owners.get(p.ownerOrgCode()), place,
					p.latitude() != null ? p.latitude() : place == null ? null : place.latitude(),
					p.longitude() != null ? p.longitude() : place == null ? null : place.longitude()));
		}
		Map<String, LocalizedName> sectors = catalog.sectors();
		return java.util.Optional.of(new View(territory, interventions, truncated, overlaps(interventions),
				gaps(interventions, places, deficits.communesWithin(territory.code())), sectors, byOwnerKind(interventions)));
	}

	static List<Overlap> overlaps(List<Intervention> interventions) {
		Map<String, List<Intervention>> byPlaceAndSector = new LinkedHashMap<>();
		for (Intervention i : interventions) {
			byPlaceAndSector.computeIfAbsent(i.project().territoryCode() + "|" + i.project().sectorCode(), k -> new ArrayList<>())
				.add(i);
		}
		List<Overlap> overlaps = new ArrayList<>();
		for (List<Intervention> group : byPlaceAndSector.values()) {
			Map<String, Organization> distinct = new LinkedHashMap<>();
			group.stream().filter(i -> i.owner() != null).forEach(i -> distinct.put(i.owner().code(), i.owner()));
			if (distinct.size() > 1) {
				overlaps.add(new Overlap(group.get(0).place(), group.get(0).project().sectorCode(),
						new ArrayList<>(distinct.values()), group));
			}
		}
		return overlaps;
	}

	/**
	 * Each commune and sector where the diagnosis shows a deficit and no intervention of that sector is
	 * located in the commune, by commune code then sector.
	 */
	static List<Gap> gaps(List<Intervention> interventions, Map<String, Territory> places,
			List<SectorDeficits.SectorDeficit> deficits) {
		Set<String> present = new java.util.HashSet<>();
		interventions.forEach(i -> present.add(i.project().territoryCode() + "|" + i.project().sectorCode()));
		Map<String, List<SectorDeficits.SectorDeficit>> missing = new java.util.TreeMap<>();
		for (SectorDeficits.SectorDeficit d : deficits) {
			String key = d.territoryCode() + "|" + d.sectorCode();
			if (!present.contains(key) && places.containsKey(d.territoryCode())) {
				missing.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
			}
		}
		List<Gap> gaps = new ArrayList<>();
		missing.forEach((key, list) -> gaps.add(new Gap(places.get(list.get(0).territoryCode()), list.get(0).sectorCode(),
				list.stream().sorted(java.util.Comparator.comparing(SectorDeficits.SectorDeficit::indicatorCode)).toList())));
		return gaps;
	}

	private static Map<String, Long> byOwnerKind(List<Intervention> interventions) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		interventions.forEach(i -> counts.merge(i.owner() == null ? "UNKNOWN" : i.owner().kind().name(), 1L, Long::sum));
		return counts;
	}
}
