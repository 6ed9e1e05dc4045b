package ma.tanmia.prioritization;

/**
 * Weights from pairwise comparisons (Saaty's analytic hierarchy process). {@code a[i][j]} says how
 * much more criterion i matters than j on the 1–9 scale; the matrix is reciprocal
 * ({@code a[j][i] = 1 / a[i][j]}).
 *
 * <p>The weights are the principal eigenvector of the matrix, found by power iteration (multiply,
 * normalize to sum 1, until the vector moves less than 1e-12); λmax is the mean of (A·w)ᵢ / wᵢ;
 * CI = (λmax − n) / (n − 1); CR = CI / RI(n) with Saaty's random indices. A CR above 0.10 means the
 * comparisons contradict each other too much to be trusted.
 */
record Ahp(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {

	/** Saaty's random consistency indices for n = 1…10 (index 0 unused). */
	static final double[] RANDOM_INDEX = { 0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 };

	static final double CONSISTENCY_LIMIT = 0.10;

	boolean inconsistent() {
		return consistencyRatio > CONSISTENCY_LIMIT;
	}

	static Ahp of(double[][] a) {
		int n = a.length;
		if (n == 0 || n >= RANDOM_INDEX.length) {
			throw new IllegalArgumentException("AHP needs between 1 and " + (RANDOM_INDEX.length - 1) + " criteria");
		}
		for (double[] row : a) {
			for (double v : row) {
				if (!(v > 0)) {
					throw new IllegalArgumentException("Comparisons must be positive");
				}
			}
		}
		double[] w = new double[n];
		java.util.Arrays.fill(w, 1.0 / n);
		for (int iteration = 0; iteration < 1000; iteration++) {
			double[] next = multiply(a, w);
			double sum = 0;
			for (double v : next) {
				sum += v;
			}
			double moved = 0;
			for (int i = 0; i < n; i++) {
				next[i] /= sum;
				moved = Math.max(moved, Math.abs(next[i] - w[i]));
			}
			w = next;
			if (moved < 1e-12) {
				break;
			}
		}
		double[] aw = multiply(a, w);
		double lambda = 0;
		for (int i = 0; i < n; i++) {
			lambda += aw[i] / w[i];
		}
		lambda /= n;
		double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
		double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n];
		return new Ahp(w, lambda, ci, cr);
	}

	/** The full reciprocal matrix from the upper triangle ({@code upper[i][j]} for j > i). */
	static double[][] reciprocal(double[][] upper) {
		int n = upper.length;
		double[][] a = new double[n][n];
		for (int i = 0; i < n; i++) {
			a[i][i] = 1;
			for (int j = i + 1; j < n; j++) {
				a[i][j] = upper[i][j];
				a[j][i] = 1 / upper[i][j];
			}
		}
		return a;
	}

	private static double[] multiply(double[][] a, double[] w) {
		double[] r = new double[w.length];
		for (int i = 0; i < w.length; i++) {
			for (int j = 0; j < w.length; j++) {
				r[i] += a[i][j] * w[j];
			}
		}
		return r;
	}
}
