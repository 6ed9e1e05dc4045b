package ma.tanmia.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outline drawn under every map is the Kingdom of Morocco as it officially defines itself: one
 * territory from Tangier to Lagouira, the southern provinces included, and nothing of its neighbours.
 */
class CountryOutlineTests {

	@Test
	void the_shipped_outline_is_one_territory_without_any_inner_line() throws IOException {
		JsonNode features = outline().get("features");
		assertThat(features.size()).isEqualTo(1);
		JsonNode geometry = features.get(0).get("geometry");
		// One polygon with one ring: no second piece, no hole, so no line can separate the south.
		assertThat(geometry.get("type").asString()).isEqualTo("Polygon");
		assertThat(geometry.get("coordinates").size()).isEqualTo(1);
		List<double[]> ring = ring();
		assertThat(ring.get(0)).containsExactly(ring.get(ring.size() - 1));
		assertThat(ring.size()).isGreaterThan(100);
	}

	@Test
	void the_outline_covers_the_kingdom_from_tangier_and_oujda_down_to_lagouira() throws IOException {
		List<double[]> ring = ring();
		// longitude, latitude
		assertThat(inside(ring, -5.834, 35.760)).as("Tangier").isTrue();
		assertThat(inside(ring, -1.909, 34.681)).as("Oujda").isTrue();
		assertThat(inside(ring, -2.239, 35.085)).as("Saïdia").isTrue();
		assertThat(inside(ring, -9.598, 30.428)).as("Agadir").isTrue();
		assertThat(inside(ring, -13.203, 27.154)).as("Laâyoune").isTrue();
		assertThat(inside(ring, -11.672, 26.740)).as("Smara").isTrue();
		assertThat(inside(ring, -15.958, 23.685)).as("Dakhla").isTrue();
		assertThat(inside(ring, -16.960, 21.370)).as("Guerguerat").isTrue();
		assertThat(inside(ring, -17.083, 20.833)).as("Lagouira").isTrue();
		// The south of the outline is the tip of Cap Blanc, at about 20°46'N.
		assertThat(ring.stream().mapToDouble(p -> p[1]).min().orElseThrow()).isBetween(20.70, 20.80);
	}

	@Test
	void the_outline_leaves_out_the_neighbouring_countries() throws IOException {
		List<double[]> ring = ring();
		assertThat(inside(ring, -8.147, 27.671)).as("Tindouf, Algeria").isFalse();
		assertThat(inside(ring, -17.035, 20.931)).as("Nouadhibou, Mauritania").isFalse();
		assertThat(inside(ring, -1.317, 34.878)).as("Tlemcen, Algeria").isFalse();
		assertThat(inside(ring, -5.993, 37.389)).as("Seville, Spain").isFalse();
		assertThat(inside(ring, -15.400, 28.100)).as("Las Palmas, Canary Islands").isFalse();
	}

	@Test
	void the_outline_stays_small_enough_to_load_with_every_map() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/static/geo/morocco.geojson")) {
			assertThat(in.readAllBytes().length).isLessThan(60_000);
		}
	}

	/** Ray casting: a point is inside when a ray from it crosses the ring an odd number of times. */
	static boolean inside(List<double[]> ring, double lon, double lat) {
		boolean inside = false;
		for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
			double[] a = ring.get(i);
			double[] b = ring.get(j);
			if ((a[1] > lat) != (b[1] > lat) && lon < a[0] + (lat - a[1]) * (b[0] - a[0]) / (b[1] - a[1])) {
				inside = !inside;
			}
		}
		return inside;
	}

	private static List<double[]> ring() throws IOException {
		List<double[]> ring = new ArrayList<>();
		for (JsonNode position : outline().get("features").get(0).get("geometry").get("coordinates").get(0)) {
			ring.add(new double[] { position.get(0).asDouble(), position.get(1).asDouble() });
		}
		return ring;
	}

	private static JsonNode outline() throws IOException {
		try (InputStream in = CountryOutlineTests.class.getResourceAsStream("/static/geo/morocco.geojson")) {
			return JsonMapper.builder().build().readTree(in);
		}
	}
}
