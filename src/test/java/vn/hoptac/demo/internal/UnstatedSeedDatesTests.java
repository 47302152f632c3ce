package vn.hoptac.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * A date the source does not give is not invented. The Đà Nẵng thesis (seed 001, data to 12/2020,
 * §4.3.1 p. 115) names these relations without saying when they began: their type and status are
 * known only to hold by 12/2020, never "from 2023", and they have no establishment year.
 */
@ApiTest
class UnstatedSeedDatesTests {

	/** The relations, by their titles. */
	static final List<String> UNDATED = List.of("Hợp tác thành phố Đà Nẵng – bang Nam Úc (Úc) về giáo dục",
			"Quan hệ hợp tác thành phố Đà Nẵng – thủ đô Viêng Chăn (Lào)",
			"Quan hệ thành phố Đà Nẵng – thành phố Houston (Hoa Kỳ)",
			"Quan hệ thành phố Đà Nẵng – tỉnh Khon Kaen (Thái Lan)",
			"Quan hệ hợp tác thành phố Đà Nẵng – thành phố Grodno (Belarus)",
			"Quan hệ hợp tác thành phố Đà Nẵng – tỉnh Giang Tô (Trung Quốc)",
			"Quan hệ hợp tác thành phố Đà Nẵng – thành phố Newcastle (Úc)",
			"Quan hệ hợp tác thành phố Đà Nẵng – Réunion (Pháp)");

	final MockMvc mvc;

	/** Reads as an administrator, who reads every record. */
	final Api api;

	UnstatedSeedDatesTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
		this.api = new Api(mvc).as("admin");
	}

	@Test
	void relationsTheThesisDoesNotDateAreKnownOnlyAsBeforeItsDataEnd() throws Exception {
		for (String relation : UNDATED) {
			List<Integer> ids = Api.read(api.get("/api/v1/partnerships?q={q}&size=100", relation),
					"$.items[?(@.title == '" + relation + "')].id");
			assertThat(ids).as(relation).hasSize(1);
			api.get("/api/v1/partnerships/{id}", ids.get(0))
				.andExpect(jsonPath("$.statuses[*].date", hasItem("..2020-12")))
				.andExpect(jsonPath("$.statuses[*].date", everyItem(is("..2020-12"))))
				.andExpect(jsonPath("$.types[*].date", everyItem(is("..2020-12"))))
				.andExpect(jsonPath("$.establishedOn").doesNotExist());
		}
	}

	@Test
	void theirPagesSayBeforeInEveryLanguage() throws Exception {
		List<Integer> ids = Api.read(api.get("/api/v1/partnerships?q={q}", UNDATED.get(2)), "$.items[*].id"); // Houston
		long id = ids.get(0);
		for (Map.Entry<String, String> language : Map.of("vi", "trước 12/2020", "en", "before Dec 2020", "ko",
				"2020년 12월 이전").entrySet()) {
			String page = mvc.perform(get("/partnerships/{id}", id).param("lang", language.getKey()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			// no date of 2023 (a source's year, shown with its citation, is not one of the relation's dates)
			assertThat(page).contains(language.getValue()).doesNotContainPattern("[>/ ]2023<");
		}
	}

	@Test
	void aBoundIsWrittenAndReadBackThroughTheApiAndABadOneIsNamed() throws Exception {
		String body = """
				{"title": "Quan hệ kiểm thử mốc trước", "level": "DISTRICT_COMMUNE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "types": [{"type": "COOPERATION", "date": "%s"}], "statuses": [], "milestones": []}""";
		long phuLuong = api.localityId("VN-D-168");
		long yeongcheon = api.localityId("KR-37070");
		long id = Api.id(api.post("/api/v1/partnerships", body.formatted(phuLuong, yeongcheon, "..2019")));
		api.get("/api/v1/partnerships/{id}", id).andExpect(jsonPath("$.types[0].date").value("..2019"));
		api.in("en")
			.post("/api/v1/partnerships", body.formatted(phuLuong, yeongcheon, "..20x9"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("types[0].date"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("..2020-12")));
	}

}
