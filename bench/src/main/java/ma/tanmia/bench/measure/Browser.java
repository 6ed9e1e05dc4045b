package ma.tanmia.bench.measure;

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

/**
 * One person's browser: a form sign-in, then the session cookie on every request. HTTP Basic on
 * every request would put a password hash (tens of ms by design) into every timing.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client;
	private final String base;

	public Browser(int port) {
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.base = "http://localhost:" + port;
	}

	public Browser signIn(String username, String password) {
		try {
			String form = client.send(request(path("/login")), HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(form);
			if (!csrf.find()) {
				throw new IllegalStateException("No CSRF token on the sign-in page");
			}
			String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
				throw new IllegalStateException("Sign-in of " + username + " failed: " + response.statusCode() + " " + location);
			}
			return this;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** GETs a page (path and query string, already encoded); reads the body whole, returns its length. */
	public int get(String pathAndQuery) {
		return body(pathAndQuery).length;
	}

	/** The body of a GET that must answer 200. */
	public byte[] body(String pathAndQuery) {
		try {
			HttpResponse<byte[]> response = client.send(request(path(pathAndQuery)), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private String path(String pathAndQuery) {
		return base + pathAndQuery;
	}

	private static HttpRequest request(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "fr").GET().build();
	}
}
