package ma.tanmia.consultation;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the map of located proposals (static/js/consultation-map.js): the proposals the list
 * shows — same territory and status filter, never a hidden one — clustered on a grid that follows
 * the map's zoom, within the visible area, at most {@link Proposals#MAP_MARKERS} markers. Tiles come
 * from {@code tanmia.map.tile-url} like every map ({@code platform.MapTiles}); without it the markers are
 * drawn alone (the platform works offline).
 */
@RestController
class ProposalMapController {

	/** From this zoom on every proposal is its own marker. */
	static final int UNCLUSTERED_ZOOM = 15;

	private final Proposals proposals;
	private final TerritoryScope scope;

	ProposalMapController(Proposals proposals, TerritoryScope scope) {
		this.proposals = proposals;
		this.scope = scope;
	}

	@GetMapping("/public/proposals/map.json")
	List<Proposals.Marker> markers(@RequestParam(required = false) String territory,
			@RequestParam(required = false) ProposalStatus status, @RequestParam(defaultValue = "6") int zoom,
			@RequestParam(required = false) Double south, @RequestParam(required = false) Double west,
			@RequestParam(required = false) Double north, @RequestParam(required = false) Double east) {
		Proposals.Box box = south == null || west == null || north == null || east == null ? null
				: new Proposals.Box(south, west, north, east);
		return proposals.located(scope.pathOf(territory), status, box, cell(zoom));
	}

	@GetMapping("/consultation/proposals/mine/map.json")
	List<Proposals.Marker> mine(Authentication who) {
		return proposals.locatedOf(who.getName());
	}

	/**
	 * Grid cells about 40 pixels wide: a 256-pixel tile spans 360/2^zoom degrees of longitude, so
	 * 40 pixels are 360·40/256/2^zoom ≈ 56/2^zoom degrees (zoom 6: 0.88°, zoom 10: 0.055°).
	 */
	static double cell(int zoom) {
		int z = Math.max(0, Math.min(zoom, 20));
		return z >= UNCLUSTERED_ZOOM ? 0 : 56.0 / (1 << z);
	}
}
