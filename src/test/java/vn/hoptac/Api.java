package vn.hoptac;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Small client for API tests: JSON in, {@link ResultActions} out, in a chosen language. */
public final class Api {

	private final MockMvc mvc;

	private final String language;

	public Api(MockMvc mvc) {
		this(mvc, "vi");
	}

	private Api(MockMvc mvc, String language) {
		this.mvc = mvc;
		this.language = language;
	}

	public Api in(String language) {
		return new Api(mvc, language);
	}

	public ResultActions get(String path, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.get(path, vars));
	}

	public ResultActions post(String path, String json, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.post(path, vars).contentType(MediaType.APPLICATION_JSON).content(json));
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
		return mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, language));
	}

}
