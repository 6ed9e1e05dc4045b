package ma.tanmia.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The base-tile source of every map of the platform (diagnosis, proposals, coordination, ESS): one
 * setting, {@code tanmia.map.tile-url} (with {@code tanmia.map.tile-attribution}). Map pages read it with
 * {@code th:with="tiles=${@mapTiles}"} then {@code ${tiles.url()}} (th:attr refuses bean references).
 * Empty by default: the maps draw the Kingdom's outline and their data alone, so they work offline and
 * show no tiles the operator has not vouched for (official borders).
 */
@Component("mapTiles")
public class MapTiles {

	private final String url;
	private final String attribution;

	MapTiles(@Value("${tanmia.map.tile-url:}") String url, @Value("${tanmia.map.tile-attribution:}") String attribution) {
		this.url = url.isBlank() ? null : url.strip();
		this.attribution = attribution.isBlank() ? null : attribution.strip();
	}

	/** The tile URL template ({z}/{x}/{y}), or null: no tiles. */
	public String url() {
		return url;
	}

	public String attribution() {
		return attribution;
	}
}
