package ma.tanmia.bench.territory;

import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.measure.Browser;

/** {@code GET /territories/{code}} as the signed-in {@code admin} sends it from a browser. */
final class TerritoryPages {

	private final Browser browser;

	TerritoryPages(int port) {
		this.browser = new Browser(port);
	}

	void signIn() {
		browser.signIn("admin", BenchApplication.ADMIN_PASSWORD);
	}

	/** The unit page; its body is read whole, as a browser would, and its length returned. */
	int unit(String code) {
		return browser.get("/territories/" + code);
	}
}
