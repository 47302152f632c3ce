package vn.hoptac.overview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * Each page names places and bodies in its own language, falling back as {@code Names} states, and
 * marks what it shows in another language (a Vietnamese title on an English page) with its lang.
 */
@ApiTest
class NamesPerLanguagePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aNameWithoutATranslationAndVietnameseTitlesAreMarkedAsVietnamese() throws Exception {
		Api visitor = new Api(mvc);
		long association = organisation(visitor, "Hiệp hội Hóa chất Việt Nam");
		assertThat(html("/organisations/" + association, "en"))
			.contains("<h1 lang=\"vi\">Hiệp hội Hóa chất Việt Nam</h1>");
		long mofa = organisation(visitor, "Bộ Ngoại giao");
		assertThat(html("/organisations/" + mofa, "en")).contains("<h1 lang=\"en\">Ministry of Foreign Affairs</h1>");
		assertThat(html("/organisations/" + mofa, "ko")).as("no Korean name: English, marked so")
			.contains("<h1 lang=\"en\">Ministry of Foreign Affairs</h1>");

		// the title, in Vietnamese as entered, beside the parties' Korean names
		String partnerships = html(get("/partnerships").param("q", "huu nghi thai nguyen gyeongsangbuk"), "ko");
		assertThat(partnerships).contains("lang=\"vi\">Quan hệ hợp tác hữu nghị tỉnh Thái Nguyên – tỉnh Gyeongsangbuk (Hàn Quốc)</a>", "lang=\"ko\">타이응우옌 (2025년 6월 30일까지)</a>",
				"lang=\"ko\">경상북도</a>");
	}

	@Test
	void aProvinceOfBefore2025NamedAsACurrentOneHasItsKoreanNameWhichSearchFinds() throws Exception {
		Api visitor = new Api(mvc).in("ko");
		long oldThaiNguyen = visitor.localityId("VN-63-19");
		visitor.get("/api/v1/localities/{id}", oldThaiNguyen)
			.andExpect(jsonPath("$.names.vi").value("Thái Nguyên"))
			.andExpect(jsonPath("$.names.en").value("Thai Nguyen"))
			.andExpect(jsonPath("$.names.ko").value("타이응우옌"))
			.andExpect(jsonPath("$.name").value("타이응우옌"));
		List<String> found = Api.read(visitor.get("/api/v1/localities?q={q}&size=50", "타이응우옌"), "$.items[*].code");
		assertThat(found).contains("VN-19", "VN-63-19");
		// Bắc Kạn's name did not survive the merger: no Korean name, English on a Korean page
		assertThat(html("/localities/" + visitor.localityId("VN-63-06"), "ko")).contains("<h1 lang=\"en\">Bac Kan</h1>");
		// every other name still finds it
		assertThat((List<String>) Api.read(visitor.get("/api/v1/localities?q={q}&size=50", "thai nguyen"),
				"$.items[*].code")).contains("VN-19", "VN-63-19");
	}

	@Test
	void theApiSaysInWhichLanguageAPartyIsNamed() throws Exception {
		Api korean = new Api(mvc).in("ko");
		List<Integer> ids = Api.read(korean.get("/api/v1/partnerships?q={q}&size=100", "huu nghi thai nguyen gyeongsangbuk"),
				"$.items[?(@.title == 'Quan hệ hợp tác hữu nghị tỉnh Thái Nguyên – tỉnh Gyeongsangbuk (Hàn Quốc)')].id");
		korean.get("/api/v1/partnerships/{id}", ids.get(0))
			.andExpect(jsonPath("$.vnParty.name").value("타이응우옌"))
			.andExpect(jsonPath("$.vnParty.language").value("ko"));
	}

	private long organisation(Api api, String name) throws Exception {
		List<Integer> ids = Api.read(api.get("/api/v1/organisations?q={q}", name),
				"$.items[?(@.names.vi == '" + name + "')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private String html(String path, String language) throws Exception {
		return html(get(path), language);
	}

	private String html(MockHttpServletRequestBuilder request, String language) throws Exception {
		return mvc.perform(request.param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
