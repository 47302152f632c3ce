package vn.hoptac;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Small client for API tests: JSON in, {@link ResultActions} out, in a chosen language. */
public final class Api {

	private final MockMvc mvc;

	private final String language;

	private final String username;

	/** Anonymous, in Vietnamese. */
	public Api(MockMvc mvc) {
		this(mvc, "vi", null);
	}

	private Api(MockMvc mvc, String language, String username) {
		this.mvc = mvc;
		this.language = language;
		this.username = username;
	}

	/** The language the requests ask for ({@code Accept-Language}). */
	public String language() {
		return language;
	}

	public Api in(String language) {
		return new Api(mvc, language, username);
	}

	/** Signed in (HTTP Basic) as a demo account; all have the password "demo". */
	public Api as(String username) {
		return new Api(mvc, language, username);
	}

	public Api anonymous() {
		return new Api(mvc, language, null);
	}

	public ResultActions get(String path, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.get(path, vars));
	}

	public ResultActions post(String path, String json, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.post(path, vars).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** A body of another type than JSON (a CSV file). */
	public ResultActions post(String path, MediaType contentType, String body, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.post(path, vars).contentType(contentType).content(body));
	}

	public ResultActions put(String path, String json, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.put(path, vars).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public ResultActions delete(String path, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.delete(path, vars));
	}

	/** The id of the single locality with this code. */
	public long localityId(String code) throws Exception {
		List<Integer> ids = read(get("/api/v1/localities?q={code}&size=200", code),
				"$.items[?(@.code == '" + code + "')].id");
		if (ids.size() != 1) {
			throw new IllegalStateException("No single locality " + code + ": " + ids);
		}
		return ids.get(0);
	}

	public static long id(ResultActions result) throws Exception {
		return ((Number) read(result, "$.id")).longValue();
	}

	public static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		if (username != null) {
			request.with(SecurityMockMvcRequestPostProcessors.httpBasic(username, "demo"));
		}
		return mvc.perform(request);
	}

}
