package ma.tanmia.bench.territory;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.tanmia.bench.BenchApplication;

/**
 * {@code GET /territories/{code}} as a signed-in browser sends it: one form sign-in, then the
 * session cookie. HTTP Basic on every request would put a password hash (tens of ms by design)
 * into every timing.
 */
final class TerritoryPages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client;
	private final String base;

	TerritoryPages(int port) {
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.base = "http://localhost:" + port;
	}

	void signIn() throws IOException, InterruptedException {
		String form = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String body = "username=admin&password=" + URLEncoder.encode(BenchApplication.ADMIN_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + location);
		}
	}

	/** The unit page; its body is read whole, as a browser would, and its length returned. */
	int unit(String code) {
		try {
			HttpResponse<byte[]> response = client.send(get("/territories/" + code), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET /territories/" + code + " answered " + response.statusCode());
			}
			return response.body().length;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "fr").GET().build();
	}
}
