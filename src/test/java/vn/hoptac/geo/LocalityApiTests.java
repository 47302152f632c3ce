package vn.hoptac.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Text;

@ApiTest
class LocalityApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalityService localities;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(mvc).as("admin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "thai nguyen", "Thái Nguyên", "THÁI NGUYÊN" })
	void findsProvinceWithoutDiacriticsInAnyCase(String query) throws Exception {
		api.get("/api/v1/localities?q={q}", query)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItems("VN-19", "VN-63-19")));
	}

	@Test
	void findsProvinceTypedInDecomposedForm() throws Exception {
		String nfd = Normalizer.normalize("Thái Nguyên", Normalizer.Form.NFD);
		api.get("/api/v1/localities?q={q}", nfd).andExpect(jsonPath("$.items[*].code", hasItems("VN-19")));
	}

	@Test
	void coversPredecessorsThatExistedInThePeriodAndTheUnitsUnderThem() throws Exception {
		long thaiNguyen = api.localityId("VN-19");
		long backan = api.localityId("VN-63-06");
		long formerThaiNguyen = api.localityId("VN-63-19");
		long backanDistrict = Api.<Number>read(api.get("/api/v1/localities?parent=VN-63-06&size=1"), "$.items[0].id")
			.longValue();

		assertThat(localities.coverage(thaiNguyen, null, null)).contains(thaiNguyen, backan, formerThaiNguyen,
				backanDistrict);
		assertThat(localities.coverage(thaiNguyen, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)))
			.contains(backan, backanDistrict);
		assertThat(localities.coverage(thaiNguyen, LocalDate.of(2026, 1, 1), null)).contains(thaiNguyen)
			.doesNotContain(backan, formerThaiNguyen, backanDistrict);
		assertThat(localities.coverage(backan, null, null)).contains(backan, backanDistrict).doesNotContain(thaiNguyen);
		assertThatThrownBy(() -> localities.coverage(-1, null, null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void countsThirtyFourProvincesSinceTheReformAndSixtyThreeBefore() throws Exception {
		assertThat(provincialUnitsOn("2025-07-01")).isEqualTo(34);
		assertThat(provincialUnitsOn("2025-06-30")).isEqualTo(63);
	}

	private int provincialUnitsOn(String day) throws Exception {
		int provinces = Api.read(api.get("/api/v1/localities?country=VN&type=PROVINCE&at={d}", day), "$.total");
		int municipalities = Api.read(api.get("/api/v1/localities?country=VN&type=MUNICIPALITY&at={d}", day), "$.total");
		return provinces + municipalities;
	}

	@Test
	void showsTheProvincesAMergedProvinceSucceeds() throws Exception {
		api.get("/api/v1/localities/{id}", api.localityId("VN-19"))
			.andExpect(jsonPath("$.predecessors[*].code", hasItems("VN-63-19", "VN-63-06")))
			.andExpect(jsonPath("$.predecessors[0].effectiveOn").value("2025-07-01"));
		api.get("/api/v1/localities/{id}", api.localityId("VN-63-06"))
			.andExpect(jsonPath("$.successors[0].code").value("VN-19"));
	}

	@Test
	void listsNamesInVietnameseCollationOrder() throws Exception {
		List<String> names = Api.read(api.get("/api/v1/localities?country=VN&type=PROVINCE&size=200"), "$.items[*].name");
		List<String> expected = new ArrayList<>(names);
		expected.sort(Text.vietnameseCollator());
		assertThat(names).hasSizeGreaterThan(50).isEqualTo(expected);
		// Đ is a letter of its own, after D: every name in Đ follows every name in D.
		assertThat(names.indexOf("Điện Biên")).isGreaterThan(lastIndexStartingWith(names, "D"));
	}

	private static int lastIndexStartingWith(List<String> names, String prefix) {
		int last = -1;
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).startsWith(prefix)) {
				last = i;
			}
		}
		return last;
	}

	@Test
	void namesInTheRequestLanguage() throws Exception {
		long id = api.localityId("KR-37");
		api.get("/api/v1/localities/{id}", id).andExpect(jsonPath("$.name").value("Gyeongsangbuk"));
		api.in("ko").get("/api/v1/localities/{id}", id).andExpect(jsonPath("$.name").value("경상북도"));
		api.in("en").get("/api/v1/localities/{id}", id).andExpect(jsonPath("$.name").value("Gyeongsangbuk-do"));
	}

	@Test
	void createsUpdatesAndDeletesAForeignLocality() throws Exception {
		var created = api.post("/api/v1/localities", """
				{"code": "TEST-SE-BORAS", "country": "se", "level": "CITY",
				 "names": {"vi": "Borås", "en": "Borås", "nativeName": "Borås"}}""")
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.country").value("SE"))
			.andExpect(jsonPath("$.version").value(0));
		long id = Api.id(created);

		api.put("/api/v1/localities/{id}", """
				{"country": "SE", "level": "CITY", "names": {"vi": "Borås", "en": "Boras"}, "version": 0}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names.en").value("Boras"))
			.andExpect(jsonPath("$.version").value(1));

		api.put("/api/v1/localities/{id}", """
				{"country": "SE", "level": "CITY", "names": {"vi": "Borås", "en": "Stale"}, "version": 0}""", id)
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		api.get("/api/v1/localities/{id}", id).andExpect(jsonPath("$.names.en").value("Boras"));

		api.delete("/api/v1/localities/{id}", id).andExpect(status().isNoContent());
		api.get("/api/v1/localities/{id}", id)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Không tìm thấy địa phương có mã " + id + "."));
	}

	@Test
	void refusesBadInputWithFieldMessagesAndWritesNothing() throws Exception {
		int before = Api.read(api.get("/api/v1/localities?country=VN"), "$.total");
		api.in("en").post("/api/v1/localities", """
				{"code": "VN-19", "country": "XX", "names": {"vi": " "}}""")
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("The code VN-19 is already in use."))
			.andExpect(jsonPath("$.errors[?(@.field == 'country')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'level')].message").value("This field is required."))
			.andExpect(jsonPath("$.errors[?(@.field == 'names.vi')]").exists());
		int after = Api.read(api.get("/api/v1/localities?country=VN"), "$.total");
		assertThat(after).isEqualTo(before);
	}

	@Test
	void refusesToDeleteAProvinceWithHistory() throws Exception {
		api.in("ko").delete("/api/v1/localities/{id}", api.localityId("VN-63-06"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("삭제할 수 없음: 하위 행정구역이 있습니다."));
	}

}
