package ma.tanmia.bench.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The diagnosis at national scale (docs/DIAGNOSIS.md): 40 synthetic indicators ({@code SYN-IND-…}) with
 * their domains, polarities and aggregation rules (sums, population-weighted rates, ratios of two sums),
 * a validated value for each of the 1,503 synthetic communes and each year 2015–2024 (601,200 values,
 * written with COPY), and a national reference per indicator. Idempotent: the synthetic indicators and
 * everything attached to them are deleted first, in the same transaction. The seed is fixed.
 */
public final class SyntheticIndicators {

	public static final int FIRST_YEAR = 2015, YEARS = 10;

	/** How a commune's value is drawn: a rate around {@code mean} (0–100) or a count per inhabitant. */
	record Shape(String code, String nameFr, String nameAr, String unit, String domain, String polarity,
			String aggregation, String numerator, String denominator, double mean, double spread, double trend) {

		boolean rate() {
			return unit.equals("%");
		}
	}

	static final List<Shape> SHAPES = shapes();

	private static List<Shape> shapes() {
		List<Shape> shapes = new ArrayList<>();
		String[][] rates = {
				// code, French, Arabic, domain, polarity, mean, spread, trend per year
				{ "WATER-ACCESS", "Accès à l'eau potable", "الولوج إلى الماء الصالح للشرب", "WATER", "H", "78", "15", "1.2" },
				{ "SANITATION", "Raccordement à l'assainissement", "الربط بشبكة التطهير", "SANITATION", "H", "52", "25", "1.0" },
				{ "ELECTRICITY", "Électrification des ménages", "كهربة الأسر", "ELECTRICITY", "H", "92", "6", "0.5" },
				{ "ILLITERACY", "Taux d'analphabétisme", "نسبة الأمية", "EDUCATION", "L", "34", "12", "-0.8" },
				{ "SCHOOLING", "Scolarisation 6-11 ans", "التمدرس 6-11 سنة", "EDUCATION", "H", "93", "5", "0.4" },
				{ "DROPOUT", "Abandon scolaire au collège", "الهدر المدرسي بالإعدادي", "EDUCATION", "L", "12", "5", "-0.3" },
				{ "UNEMPLOYMENT", "Taux de chômage", "معدل البطالة", "EMPLOYMENT", "L", "14", "5", "0.1" },
				{ "YOUTH-NEET", "Jeunes sans emploi ni formation", "الشباب خارج التشغيل والتكوين", "EMPLOYMENT", "L", "27", "8", "-0.2" },
				{ "POVERTY", "Taux de pauvreté multidimensionnelle", "نسبة الفقر متعدد الأبعاد", "POVERTY", "L", "11", "7", "-0.6" },
				{ "VULNERABILITY", "Taux de vulnérabilité", "نسبة الهشاشة", "POVERTY", "L", "13", "5", "-0.4" },
				{ "HEALTH-30MIN", "Population à moins de 30 min d'un centre de santé", "الساكنة على بعد أقل من 30 دقيقة من مركز صحي", "HEALTH", "H", "66", "18", "0.9" },
				{ "VACCINATION", "Couverture vaccinale", "التغطية بالتلقيح", "HEALTH", "H", "90", "6", "0.3" },
				{ "BIRTH-ASSISTED", "Accouchements assistés", "الولادات المراقبة", "HEALTH", "H", "80", "12", "1.0" },
				{ "ROAD-ACCESS", "Douars à moins de 2 km d'une route", "الدواوير على بعد أقل من 2 كلم من طريق", "ROADS", "H", "70", "17", "1.1" },
				{ "PAVED-ROADS", "Part des routes revêtues", "نسبة الطرق المعبدة", "ROADS", "H", "48", "20", "0.8" },
				{ "SUBSTANDARD-HOUSING", "Logements insalubres", "السكن غير اللائق", "HOUSING", "L", "9", "6", "-0.4" },
				{ "OVERCROWDING", "Ménages de plus de 3 personnes par pièce", "الأسر بأكثر من 3 أشخاص في الغرفة", "HOUSING", "L", "15", "6", "-0.3" },
				{ "WOMEN-ACTIVITY", "Taux d'activité des femmes", "معدل نشاط النساء", "EMPLOYMENT", "H", "21", "7", "0.2" },
				{ "INTERNET", "Ménages connectés à internet", "الأسر المرتبطة بالإنترنت", "ECONOMY", "H", "55", "20", "3.0" },
				{ "WASTE-COLLECTED", "Déchets ménagers collectés", "النفايات المنزلية المجمعة", "ENVIRONMENT", "H", "62", "22", "1.4" },
				{ "GREEN-SPACE", "Espaces verts (m² par habitant)", "المساحات الخضراء (م² للفرد)", "ENVIRONMENT", "H", "35", "15", "0.2" },
				{ "AGEING", "Part des 60 ans et plus", "نسبة 60 سنة فما فوق", "DEMOGRAPHY", "L", "11", "3", "0.2" },
				{ "DISABILITY", "Prévalence du handicap", "انتشار الإعاقة", "DEMOGRAPHY", "L", "5", "2", "0.0" },
				{ "MALNUTRITION", "Retard de croissance des enfants", "تأخر النمو لدى الأطفال", "HEALTH", "L", "15", "6", "-0.4" },
				{ "RURAL-EXODUS", "Solde migratoire négatif (‰ converti en %)", "صافي الهجرة السلبي", "DEMOGRAPHY", "L", "6", "3", "0.0" },
		};
		for (String[] r : rates) {
			String unit = r[0].equals("GREEN-SPACE") ? "m²/hab" : "%";
			shapes.add(new Shape("SYN-IND-" + r[0], r[1] + " (synthétique)", r[2] + " (اصطناعي)", unit, r[3],
					r[4].equals("H") ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER", "POPULATION_WEIGHTED_MEAN", null, null,
					Double.parseDouble(r[5]), Double.parseDouble(r[6]), Double.parseDouble(r[7])));
		}
		String[][] counts = {
				// code, French, Arabic, domain, polarity, per 1,000 inhabitants, spread (share), trend (share per year)
				{ "HOUSEHOLDS", "Ménages", "الأسر", "DEMOGRAPHY", "H", "230", "0.08", "0.012" },
				{ "HOUSEHOLDS-WATER", "Ménages raccordés à l'eau", "الأسر المرتبطة بالماء", "WATER", "H", "170", "0.20", "0.02" },
				{ "PUPILS", "Élèves du primaire", "تلاميذ الابتدائي", "EDUCATION", "H", "105", "0.10", "0.005" },
				{ "CLASSROOMS", "Salles de classe", "الحجرات الدراسية", "EDUCATION", "H", "3.4", "0.25", "0.01" },
				{ "DOCTORS", "Médecins", "الأطباء", "HEALTH", "H", "0.6", "0.6", "0.02" },
				{ "HEALTH-CENTERS", "Établissements de soins de base", "مؤسسات العلاجات الأولية", "HEALTH", "H", "0.12", "0.5", "0.01" },
				{ "JOBSEEKERS", "Demandeurs d'emploi inscrits", "طالبو الشغل المسجلون", "EMPLOYMENT", "L", "22", "0.35", "0.01" },
				{ "COOPERATIVES", "Coopératives actives", "التعاونيات النشيطة", "ECONOMY", "H", "1.1", "0.6", "0.04" },
				{ "ROAD-KM", "Routes revêtues (km)", "الطرق المعبدة (كلم)", "ROADS", "H", "1.8", "0.5", "0.015" },
				{ "AID-BENEFICIARIES", "Bénéficiaires de l'aide sociale directe", "المستفيدون من الدعم الاجتماعي المباشر", "POVERTY", "L", "95", "0.4", "-0.01" },
		};
		for (String[] c : counts) {
			shapes.add(new Shape("SYN-IND-" + c[0], c[1] + " (synthétique)", c[2] + " (اصطناعي)", "nombre", c[3],
					c[4].equals("H") ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER", "SUM", null, null, Double.parseDouble(c[5]),
					Double.parseDouble(c[6]), Double.parseDouble(c[7])));
		}
		String[][] ratios = {
				// code, French, Arabic, domain, polarity, numerator, denominator, scale
				{ "WATER-RATE", "Taux de raccordement à l'eau", "نسبة الربط بالماء", "WATER", "H", "HOUSEHOLDS-WATER", "HOUSEHOLDS", "100" },
				{ "PUPILS-PER-CLASS", "Élèves par salle de classe", "عدد التلاميذ في كل حجرة", "EDUCATION", "L", "PUPILS", "CLASSROOMS", "1" },
				{ "DOCTORS-RATE", "Médecins pour 10 000 ménages", "الأطباء لكل 10000 أسرة", "HEALTH", "H", "DOCTORS", "HOUSEHOLDS", "10000" },
				{ "JOBSEEKERS-RATE", "Demandeurs d'emploi pour 100 ménages", "طالبو الشغل لكل 100 أسرة", "EMPLOYMENT", "L", "JOBSEEKERS", "HOUSEHOLDS", "100" },
				{ "AID-RATE", "Bénéficiaires de l'aide pour 100 ménages", "المستفيدون من الدعم لكل 100 أسرة", "POVERTY", "L", "AID-BENEFICIARIES", "HOUSEHOLDS", "100" },
		};
		for (String[] r : ratios) {
			shapes.add(new Shape("SYN-IND-" + r[0], r[1] + " (synthétique)", r[2] + " (اصطناعي)",
					r[7].equals("100") ? "%" : "ratio", r[3], r[4].equals("H") ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER", "RATIO",
					"SYN-IND-" + r[5], "SYN-IND-" + r[6], Double.parseDouble(r[7]), 0, 0));
		}
		return List.copyOf(shapes);
	}

	private record Commune(String code, String path, int population) {
	}

	private final Connection connection;

	public SyntheticIndicators(Connection connection) {
		this.connection = connection;
	}

	/** Deletes the synthetic indicators, writes them again with their values; returns the values written. */
	public long write() throws SQLException {
		long start = System.nanoTime();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			String synthetic = "(select id from indicator where code like 'SYN-IND-%')";
			int deleted = statement.executeUpdate("delete from indicator_value where indicator_id in " + synthetic);
			statement.executeUpdate("delete from indicator_target where indicator_id in " + synthetic);
			statement.executeUpdate("delete from indicator_reference where indicator_id in " + synthetic);
			statement.executeUpdate("delete from indicator where code like 'SYN-IND-%'");
			System.out.printf("  deleted %,d synthetic indicator values%n", deleted);
			Map<String, Long> ids = insertIndicators();
			List<Commune> communes = communes();
			long values = writeValues(ids, communes);
			statement.executeUpdate("""
					insert into indicator_reference (indicator_id, territory_code, year, value, source)
					select i.id, 'MA', 2020, round((select avg(v.value) from indicator_value v
					                                where v.indicator_id = i.id and v.year = 2020), 2), 'Référence synthétique'
					from indicator i where i.code like 'SYN-IND-%' and i.aggregation <> 'SUM'""");
			connection.commit();
			connection.setAutoCommit(true); // VACUUM runs outside a transaction block
			statement.execute("vacuum analyze indicator, indicator_value, indicator_reference");
			System.out.printf("  %,d indicators, %,d communes × %d years: %,d validated values in %.1f s%n", ids.size(),
					communes.size(), YEARS, values, (System.nanoTime() - start) / 1e9);
			return values;
		}
		catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private Map<String, Long> insertIndicators() throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into indicator (code, name_ar, name_fr, unit, domain, polarity, source, levels, aggregation,
				                       numerator_code, denominator_code, ratio_scale)
				values (?, ?, ?, ?, ?, ?, 'Source synthétique (bench)', 'COMMUNE,PROVINCE,PREFECTURE,REGION', ?, ?, ?, ?)
				returning id""")) {
			for (Shape s : SHAPES) {
				insert.setString(1, s.code());
				insert.setString(2, s.nameAr());
				insert.setString(3, s.nameFr());
				insert.setString(4, s.unit());
				insert.setString(5, s.domain());
				insert.setString(6, s.polarity());
				insert.setString(7, s.aggregation());
				insert.setString(8, s.numerator());
				insert.setString(9, s.denominator());
				insert.setBigDecimal(10, java.math.BigDecimal.valueOf(s.aggregation().equals("RATIO") ? s.mean() : 1));
				try (ResultSet rs = insert.executeQuery()) {
					rs.next();
					ids.put(s.code(), rs.getLong(1));
				}
			}
		}
		return ids;
	}

	private List<Commune> communes() throws SQLException {
		List<Commune> communes = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				select u.code, u.path, coalesce((select p.inhabitants from territorial_unit_population p
				                                 where p.territorial_unit = u.id order by p.census_year desc limit 1), 5000)
				from territorial_unit u where u.level = 'COMMUNE' and u.code like 'SYN-C%' order by u.code""")) {
			while (rs.next()) {
				communes.add(new Commune(rs.getString(1), rs.getString(2), rs.getInt(3)));
			}
		}
		return communes;
	}

	/**
	 * Rates: the commune's level (fixed by the seed) plus the national trend and a little yearly noise;
	 * counts: per inhabitant; a ratio's commune value: its two terms' quotient × scale, as recorded.
	 */
	private long writeValues(Map<String, Long> ids, List<Commune> communes) throws SQLException {
		Random random = new Random(20_26L);
		Map<String, double[][]> drawn = new HashMap<>();
		for (Shape s : SHAPES) {
			double[][] values = new double[communes.size()][YEARS];
			for (int i = 0; i < communes.size(); i++) {
				Commune c = communes.get(i);
				if (s.aggregation().equals("RATIO")) {
					for (int y = 0; y < YEARS; y++) {
						double denominator = drawn.get(s.denominator())[i][y];
						values[i][y] = denominator <= 0 ? 0 : drawn.get(s.numerator())[i][y] / denominator * s.mean();
					}
					continue;
				}
				double level = s.mean() + random.nextGaussian() * (s.rate() ? s.spread() : 0);
				double share = Math.max(0.05, 1 + random.nextGaussian() * (s.rate() ? 0 : s.spread()));
				for (int y = 0; y < YEARS; y++) {
					double value;
					if (s.rate()) {
						value = Math.min(100, level + s.trend() * y + random.nextGaussian() * s.spread() * 0.05);
					}
					else {
						value = c.population() / 1000.0 * s.mean() * share * (1 + s.trend() * y)
								* (1 + random.nextGaussian() * 0.02);
					}
					values[i][y] = Math.max(0, value);
				}
			}
			if (s.code().equals("SYN-IND-HOUSEHOLDS-WATER")) {
				double[][] households = drawn.get("SYN-IND-HOUSEHOLDS");
				for (int i = 0; i < communes.size(); i++) {
					for (int y = 0; y < YEARS; y++) {
						values[i][y] = Math.min(values[i][y], households[i][y]);
					}
				}
			}
			drawn.put(s.code(), values);
		}
		try (CopyStream copy = new CopyStream(connection, "indicator_value (indicator_id, territory_code, territory_path,"
				+ " territory_level, year, value, source, status, submitted_by, reviewed_by, reviewed_at)")) {
			for (Shape s : SHAPES) {
				long id = ids.get(s.code());
				double[][] values = drawn.get(s.code());
				for (int i = 0; i < communes.size(); i++) {
					Commune c = communes.get(i);
					for (int y = 0; y < YEARS; y++) {
						copy.row(id, c.code(), c.path(), "COMMUNE", FIRST_YEAR + y,
								String.format(Locale.ROOT, "%.4f", values[i][y]), "Source synthétique (bench)", "VALIDATED",
								"admin", "admin", "2025-01-15 10:00:00+00");
					}
				}
			}
			return copy.finish();
		}
	}
}
