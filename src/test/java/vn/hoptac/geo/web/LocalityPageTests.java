package vn.hoptac.geo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;
import vn.hoptac.shared.Text;

@ApiTest
class LocalityPageTests {

	private static final Pattern NAME_CELL = Pattern.compile("class=\"locality-name\"[^>]*>([^<]+)</a>");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	private List<String> names(String html) {
		List<String> names = new ArrayList<>();
		Matcher matcher = NAME_CELL.matcher(html);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	@Test
	void listsTodaysProvincesInVietnameseOrder() throws Exception {
		int provinces = Api.read(new Api(mvc).get("/api/v1/localities?country=VN&type=PROVINCE&at={d}",
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))), "$.total");
		String html = mvc.perform(get("/localities").param("country", "VN").param("level", "PROVINCE").param("current", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(provinces + " bản ghi")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = names(html);
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(Text.vietnameseCollator());
		assertThat(names).hasSize(20).isEqualTo(sorted).contains("An Giang", "Bắc Ninh").doesNotContain("Bắc Kạn");
		assertThat(html).contains("page=1").contains("hx-get=");
	}

	@Test
	void answersHtmxWithTheRowsOnly() throws Exception {
		mvc.perform(get("/localities").param("q", "thai nguyen").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"rows\"")))
			.andExpect(content().string(containsString("Thái Nguyên")));
	}

	@Test
	void speaksKoreanWhenAsked() throws Exception {
		mvc.perform(get("/localities").param("lang", "ko").param("country", "KR").param("level", "METROPOLITAN_CITY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"ko\"")))
			.andExpect(content().string(containsString("<h1>지역</h1>")))
			.andExpect(content().string(containsString("광역시")))
			.andExpect(content().string(containsString("부산")))
			.andExpect(content().string(containsString("대한민국")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void showsAMergedProvinceWithItsPredecessors() throws Exception {
		long id = new Api(mvc).localityId("VN-19");
		mvc.perform(get("/localities/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"predecessors\"")))
			.andExpect(content().string(containsString("Bắc Kạn")))
			.andExpect(content().string(containsString("sáp nhập")))
			.andExpect(content().string(not(containsString("id=\"edit-locality\""))));
		long bacKan = new Api(mvc).localityId("VN-63-06");
		mvc.perform(get("/localities/{id}", bacKan))
			.andExpect(content().string(containsString("id=\"successors\"")))
			.andExpect(content().string(containsString("id=\"children-link\"")));
		mvc.perform(get("/localities/{id}", id).with(new SignedInAs(userDetails).user("admin")))
			.andExpect(content().string(containsString("id=\"edit-locality\"")));
	}

	@Test
	void letsProvincialOfficersCreateAndShowsTheServicesMessages() throws Exception {
		SignedInAs signedIn = new SignedInAs(userDetails);
		mvc.perform(get("/localities/new").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/localities/new").with(signedIn.user("mofa")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("\"status\""))));
		mvc.perform(get("/localities/not-a-number")).andExpect(status().isBadRequest());
		mvc.perform(get("/localities/new").param("parent", "VN-19").with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"VN-19\"")));

		mvc.perform(post("/localities").with(signedIn.user("thainguyen"))
			.with(csrf())
			.param("code", "VN-19")
			.param("country", "VN")
			.param("level", "COMMUNE")
			.param("validFrom", "2025-13-40")
			.param("lang", "vi")) // other tests may have saved another language for this account
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giá trị không hợp lệ.")));
		mvc.perform(post("/localities").with(signedIn.user("thainguyen"))
			.with(csrf())
			.param("code", "VN-19")
			.param("country", "VN")
			.param("level", "COMMUNE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã VN-19 đã được sử dụng.")))
			.andExpect(content().string(containsString("Trường này là bắt buộc.")));

		mvc.perform(post("/localities").with(signedIn.user("thainguyen"))
			.with(csrf())
			.param("code", "VN-TEST-PAGE-" + System.nanoTime())
			.param("country", "VN")
			.param("level", "COMMUNE")
			.param("parentCode", "VN-19")
			.param("names.vi", "Xã Kiểm Thử")
			.param("validFrom", "2025-07-01")).andExpect(redirectedUrlPattern("/localities/*"));
	}

}
