package vn.hoptac;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of a running instance over real HTTP, holding the session cookie itself rather than by
 * host, so that a test chooses which instance receives it (as a reverse proxy would). Follows no
 * redirects. Pages are in Vietnamese unless told otherwise.
 */
public final class HttpVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]*)");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String session;

	private String lastSetCookie;

	/** The session cookie's value, if the visitor has one. */
	public Optional<String> session() {
		return Optional.ofNullable(session);
	}

	/** The last {@code Set-Cookie} header for the session cookie, with its attributes. */
	public String lastSessionSetCookie() {
		return lastSetCookie;
	}

	/** The database id of the visitor's session (the cookie holds it in Base64). */
	public String sessionId() {
		return new String(Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
	}

	public HttpResponse<String> get(String base, String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** A form post with the CSRF token of the page it comes from (read in this session). */
	public HttpResponse<String> postForm(String base, String formPage, String action, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(base, formPage));
		return postFormWithoutToken(base, action, withToken);
	}

	public HttpResponse<String> postFormWithoutToken(String base, String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in with the login form; the answer is the redirect after it. */
	public HttpResponse<String> signIn(String base, String username, String password) {
		return postForm(base, "/login", "/login", Map.of("username", username, "password", password));
	}

	public String csrfToken(String base, String page) {
		String html = get(base, page).body();
		Matcher token = CSRF.matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on " + page);
		}
		return token.group(1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		request.header("Accept-Language", "vi").header("Accept", "text/html,application/json");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				Matcher cookie = SESSION_COOKIE.matcher(header);
				if (cookie.find()) {
					lastSetCookie = header;
					session = cookie.group(1).isEmpty() ? null : cookie.group(1);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A JSON API call, HTTP Basic as a demo (or test) account, or anonymous when username is null. */
	public static HttpResponse<String> api(String base, String method, String path, String username, String password,
			String json) {
		return call(base, method, path, "application/json", username, password, json);
	}

	/** Any call with HTTP Basic (or anonymous), accepting the given media type. */
	public static HttpResponse<String> call(String base, String method, String path, String accept, String username,
			String password, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", accept)
			.header("Accept-Language", "vi")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
