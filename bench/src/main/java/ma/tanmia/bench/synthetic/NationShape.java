package ma.tanmia.bench.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The plan of a synthetic Kingdom, decided before anything is written: which provinces sit under
 * which real region, how many communes each has, which communes are urban, their populations.
 * Derived from a seed only, so every machine benchmarks the same territory.
 *
 * <p>The totals follow the 2015 territorial division (12 regions, 75 prefectures and provinces,
 * 1,503 communes of which 221 urban) so query costs match national scale; the figures per unit are
 * invented. Codes start with {@value #CODE_PREFIX}, which no real code does.
 */
public final class NationShape {

	public static final String CODE_PREFIX = "SYN-";
	public static final int PROVINCES = 75;
	public static final int PREFECTURES = 13;
	public static final int COMMUNES = 1503;
	public static final int URBAN_COMMUNES = 221;

	/**
	 * Prefectures and provinces per real region, shaped like the 2015 division so a big region has
	 * many provinces and Dakhla-Oued Ed-Dahab few.
	 */
	static final Map<String, Integer> PROVINCES_PER_REGION = provincesPerRegion();

	public enum Kind {
		PREFECTURE, PROVINCE
	}

	public record Province(int number, String code, String regionCode, Kind kind, int communes) {

		public String nameFr() {
			return (kind == Kind.PREFECTURE ? "Préfecture synthétique " : "Province synthétique ")
					+ "%02d".formatted(number);
		}

		public String nameAr() {
			return (kind == Kind.PREFECTURE ? "عمالة اصطناعية " : "إقليم اصطناعي ") + "%02d".formatted(number);
		}
	}

	public record Commune(int number, String code, String provinceCode, boolean urban, int population2014,
			int population2024, double latitude, double longitude, double areaKm2) {

		public String nameFr() {
			return "Commune synthétique %04d".formatted(number);
		}

		public String nameAr() {
			return "جماعة اصطناعية %04d".formatted(number);
		}
	}

	private final List<Province> provinces;
	private final List<Commune> communes;

	private NationShape(List<Province> provinces, List<Commune> communes) {
		this.provinces = provinces;
		this.communes = communes;
	}

	public static NationShape fromSeed(long seed) {
		Random random = new Random(seed);
		List<String> regionOfProvince = new ArrayList<>();
		PROVINCES_PER_REGION.forEach((region, count) -> {
			for (int i = 0; i < count; i++) {
				regionOfProvince.add(region);
			}
		});
		boolean[] prefecture = pickPrefectures(random);
		int[] communeCounts = communesPerProvince(random, prefecture);
		List<Province> provinces = new ArrayList<>();
		for (int i = 0; i < PROVINCES; i++) {
			provinces.add(new Province(i + 1, CODE_PREFIX + "P%02d".formatted(i + 1), regionOfProvince.get(i),
					prefecture[i] ? Kind.PREFECTURE : Kind.PROVINCE, communeCounts[i]));
		}
		return new NationShape(provinces, communes(random, provinces));
	}

	public List<Province> provinces() {
		return provinces;
	}

	public List<Commune> communes() {
		return communes;
	}

	public int urbanCommunes(Province province) {
		return (int) communes.stream().filter(c -> c.provinceCode().equals(province.code()) && c.urban()).count();
	}

	private static boolean[] pickPrefectures(Random random) {
		boolean[] prefecture = new boolean[PROVINCES];
		int picked = 0;
		while (picked < PREFECTURES) {
			int candidate = random.nextInt(PROVINCES);
			if (!prefecture[candidate]) {
				prefecture[candidate] = true;
				picked++;
			}
		}
		return prefecture;
	}

	/**
	 * A skewed spread (log-normal weights) like the real one, where a few rural provinces have close
	 * to a hundred communes and most prefectures a handful: big children pages exist to be measured.
	 */
	private static int[] communesPerProvince(Random random, boolean[] prefecture) {
		double[] weights = new double[PROVINCES];
		int[] counts = new int[PROVINCES];
		int reserved = 0;
		for (int i = 0; i < PROVINCES; i++) {
			weights[i] = Math.exp(0.6 * random.nextGaussian()) * (prefecture[i] ? 0.3 : 1.0);
			counts[i] = prefecture[i] ? 1 : 3;
			reserved += counts[i];
		}
		double total = java.util.Arrays.stream(weights).sum();
		int free = COMMUNES - reserved;
		double[] remainders = new double[PROVINCES];
		int given = 0;
		for (int i = 0; i < PROVINCES; i++) {
			double share = weights[i] / total * free;
			counts[i] += (int) share;
			given += (int) share;
			remainders[i] = share - (int) share;
		}
		// Largest remainders first, so the total is exactly COMMUNES.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < PROVINCES; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed());
		for (int k = 0; k < free - given; k++) {
			counts[order.get(k)]++;
		}
		return counts;
	}

	private static List<Commune> communes(Random random, List<Province> provinces) {
		// Every province's first commune is its urban seat; the other urban communes are drawn with a
		// weight (Efraimidis–Spirakis keys) that favours prefectures, which are mostly urban.
		List<double[]> candidates = new ArrayList<>();
		int number = 0;
		boolean[] urban = new boolean[COMMUNES];
		for (Province province : provinces) {
			for (int i = 0; i < province.communes(); i++) {
				if (i == 0) {
					urban[number] = true;
				}
				else {
					double weight = province.kind() == Kind.PREFECTURE ? 8.0 : 1.0;
					candidates.add(new double[] { Math.pow(random.nextDouble(), 1.0 / weight), number });
				}
				number++;
			}
		}
		candidates.sort(Comparator.comparingDouble((double[] c) -> c[0]).reversed());
		for (int k = 0; k < URBAN_COMMUNES - provinces.size(); k++) {
			urban[(int) candidates.get(k)[1]] = true;
		}
		List<Commune> communes = new ArrayList<>();
		number = 0;
		for (Province province : provinces) {
			double latitude = 28.0 + random.nextDouble() * 7.5;
			double longitude = -10.0 + random.nextDouble() * 8.0;
			for (int i = 0; i < province.communes(); i++) {
				boolean isUrban = urban[number];
				number++;
				communes.add(commune(random, number, province, isUrban, latitude, longitude));
			}
		}
		return communes;
	}

	private static Commune commune(Random random, int number, Province province, boolean urban, double latitude,
			double longitude) {
		// Urban communes: median ~45,000 inhabitants, long tail to a million; rural: median ~8,500.
		double population = urban ? 45_000 * Math.exp(1.0 * random.nextGaussian())
				: 8_500 * Math.exp(0.5 * random.nextGaussian());
		int population2014 = (int) Math.round(urban ? clamp(population, 8_000, 1_200_000) : clamp(population, 1_200, 60_000));
		double yearlyGrowth = urban ? 0.005 + random.nextDouble() * 0.02 : -0.015 + random.nextDouble() * 0.027;
		int population2024 = (int) Math.round(population2014 * Math.pow(1 + yearlyGrowth, 10));
		return new Commune(number, CODE_PREFIX + "C%04d".formatted(number), province.code(), urban, population2014,
				population2024, latitude + random.nextGaussian() * 0.2, longitude + random.nextGaussian() * 0.2,
				urban ? 10 + random.nextDouble() * 190 : 50 + random.nextDouble() * 1_200);
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static Map<String, Integer> provincesPerRegion() {
		Map<String, Integer> regions = new LinkedHashMap<>();
		int[] counts = { 8, 8, 9, 7, 5, 9, 8, 5, 6, 4, 4, 2 };
		for (int i = 0; i < counts.length; i++) {
			regions.put("MA-%02d".formatted(i + 1), counts[i]);
		}
		return regions;
	}
}
