package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * Lists are answered by an in-memory index and names and locality histories are remembered; these
 * check that every committed write shows at once, that a refused write leaves no trace, and that
 * what is remembered follows the records it came from.
 */
@ApiTest
class ListIndexTests {

	@Autowired
	MockMvc mvc;

	Api api;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		gyeongbuk = api.localityId("KR-37");
	}

	/** A word no other record has, so that a search finds only this test's records. */
	private static String uniqueWord() {
		return "xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private String agreement(String title, String vnParty, Long version) {
		return """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "signedOn": "2024-05-02", "version": %s,
				 "parties": [{"side": "VN", %s}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, version == null ? "null" : version, vnParty, gyeongbuk);
	}

	private List<Integer> idsFound(String query) throws Exception {
		return Api.read(api.get("/api/v1/agreements?q={q}&size=200", query), "$.items[*].id");
	}

	@Test
	void listsShowEveryCommittedWriteAndNoRefusedOne() throws Exception {
		String first = uniqueWord();
		String second = uniqueWord();
		String vnParty = "\"localityId\": " + api.localityId("VN-19");
		long id = Api.id(api.post("/api/v1/agreements", agreement("Bản ghi nhớ " + first, vnParty, null))
			.andExpect(status().isCreated()));

		// a query word found inside a word, without its first and last letters
		assertThat(idsFound(first.substring(1, first.length() - 1).toUpperCase())).containsExactly((int) id);

		api.put("/api/v1/agreements/{id}", agreement("Bản ghi nhớ " + second, vnParty, 0L), id)
			.andExpect(status().isOk());
		assertThat(idsFound(first)).isEmpty();
		assertThat(idsFound(second)).containsExactly((int) id);

		api.put("/api/v1/agreements/{id}", agreement("Hiệp định " + first, vnParty, 1L), id)
			.andExpect(status().isBadRequest());
		assertThat(idsFound(first)).isEmpty();
		assertThat(idsFound(second)).containsExactly((int) id);

		api.delete("/api/v1/agreements/{id}", id).andExpect(status().isNoContent());
		assertThat(idsFound(second)).isEmpty();
	}

	@Test
	void listItemsFollowTheirAgreementInEachLanguage() throws Exception {
		String word = uniqueWord();
		long thaiNguyen = api.localityId("VN-19");
		long id = Api.id(api.post("/api/v1/agreements",
				agreement("Bản ghi nhớ " + word, "\"localityId\": " + thaiNguyen, null)).andExpect(status().isCreated()));
		String inVietnamese = Api.read(api.get("/api/v1/localities/{id}", thaiNguyen), "$.names.vi");
		String inEnglish = Api.read(api.get("/api/v1/localities/{id}", thaiNguyen), "$.names.en");
		assertThat(inEnglish).isNotEqualTo(inVietnamese);

		// each language asked twice: the second answer comes from what the first remembered
		for (int i = 0; i < 2; i++) {
			api.get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].parties[0].party.name").value(inVietnamese));
			api.in("en").get("/api/v1/agreements?q={q}", word)
				.andExpect(jsonPath("$.items[0].parties[0].party.name").value(inEnglish));
		}

		api.post("/api/v1/agreements/{id}/actions", """
				{"type": "SIGNED", "date": "2024-05-02"}""", id).andExpect(status().isCreated());
		api.in("en").get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].status").value("SIGNED"));

		api.put("/api/v1/agreements/{id}", agreement("Kế hoạch " + word, "\"localityId\": " + thaiNguyen, 1L), id)
			.andExpect(status().isOk());
		api.put("/api/v1/agreements/{id}", agreement("Hiệp định " + word, "\"localityId\": " + thaiNguyen, 2L), id)
			.andExpect(status().isBadRequest());
		api.get("/api/v1/agreements?q={q}", word)
			.andExpect(jsonPath("$.items[0].title").value("Kế hoạch " + word))
			.andExpect(jsonPath("$.items[0].version").value(2));
	}

	@Test
	void totalCountsEveryMatchNotOnlyThePage() throws Exception {
		String word = uniqueWord();
		String vnParty = "\"localityId\": " + api.localityId("VN-20");
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/agreements", agreement("Kế hoạch " + word + " " + i, vnParty, null))
				.andExpect(status().isCreated());
		}

		List<Integer> first = Api.read(api.get("/api/v1/agreements?q={q}&size=2&page=0", word)
			.andExpect(jsonPath("$.total").value(3)), "$.items[*].id");
		List<Integer> last = Api.read(api.get("/api/v1/agreements?q={q}&size=2&page=1", word)
			.andExpect(jsonPath("$.total").value(3)), "$.items[*].id");

		assertThat(first).hasSize(2);
		assertThat(last).hasSize(1).doesNotContainAnyElementsOf(first);
	}

	@Test
	void partyNamesFollowARenamedOrganisation() throws Exception {
		String word = uniqueWord();
		String organisation = """
				{"type": "UNIVERSITY", "names": {"vi": "Trường %s"}, "country": "VN", "localityId": %d, "version": %s}""";
		long thaiNguyen = api.localityId("VN-19");
		long university = Api.id(api.post("/api/v1/organisations", organisation.formatted("Cũ", thaiNguyen, "null"))
			.andExpect(status().isCreated()));
		api.post("/api/v1/agreements", agreement("Thỏa thuận " + word, "\"organisationId\": " + university, null))
			.andExpect(status().isCreated());
		api.get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].parties[0].party.name").value("Trường Cũ"));
		api.get("/api/v1/organisations?q=truong&locality={l}&size=200", thaiNguyen)
			.andExpect(jsonPath("$.items[?(@.id == " + university + ")].name").value("Trường Cũ"));

		api.put("/api/v1/organisations/{id}", organisation.formatted("Mới", thaiNguyen, "0"), university)
			.andExpect(status().isOk());

		api.get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].parties[0].party.name").value("Trường Mới"));
		api.get("/api/v1/organisations?q=truong&locality={l}&size=200", thaiNguyen)
			.andExpect(jsonPath("$.items[?(@.id == " + university + ")].name").value("Trường Mới"));
	}

	@Test
	void localityListsFollowARenamedLocality() throws Exception {
		String word = uniqueWord();
		String code = "TEST-" + word.toUpperCase();
		String locality = """
				{"code": "%s", "country": "VN", "level": "COMMUNE", "parentCode": "VN-19",
				 "names": {"vi": "Xã %s %s"}, "validFrom": "2025-07-01", "version": %s}""";
		long id = Api.id(api.post("/api/v1/localities", locality.formatted(code, "Cũ", word, "null"))
			.andExpect(status().isCreated()));
		api.post("/api/v1/organisations", """
				{"type": "BUSINESS", "names": {"vi": "Hợp tác xã %s"}, "country": "VN", "localityId": %d}"""
			.formatted(word, id)).andExpect(status().isCreated());
		api.get("/api/v1/localities?q={q}", word).andExpect(jsonPath("$.items[0].name").value("Xã Cũ " + word));
		api.get("/api/v1/organisations?q={q}", word).andExpect(jsonPath("$.items[0].locality.name").value("Xã Cũ " + word));

		api.put("/api/v1/localities/{id}", locality.formatted(code, "Mới", word, "0"), id).andExpect(status().isOk());

		api.get("/api/v1/localities?q={q}", word).andExpect(jsonPath("$.items[0].name").value("Xã Mới " + word));
		api.get("/api/v1/organisations?q={q}", word).andExpect(jsonPath("$.items[0].locality.name").value("Xã Mới " + word));
	}

	@Test
	void aProvinceFilterSeesAUnitAddedUnderItAfterwards() throws Exception {
		String word = uniqueWord();
		long thaiNguyen = api.localityId("VN-19");
		// asked once, so that the province's history is remembered before the new unit exists
		api.get("/api/v1/organisations?locality={l}&q={q}", thaiNguyen, word).andExpect(jsonPath("$.total").value(0));
		api.get("/api/v1/agreements?locality={l}&q={q}", thaiNguyen, word).andExpect(jsonPath("$.total").value(0));

		String code = "TEST-" + word.toUpperCase();
		api.post("/api/v1/localities", """
				{"code": "%s", "country": "VN", "level": "COMMUNE", "parentCode": "VN-19",
				 "names": {"vi": "Xã %s"}, "validFrom": "2025-07-01"}""".formatted(code, word))
			.andExpect(status().isCreated());
		long organisation = Api.id(api.post("/api/v1/organisations", """
				{"type": "BUSINESS", "names": {"vi": "Hợp tác xã %s"}, "country": "VN", "localityId": %d}"""
			.formatted(word, api.localityId(code))).andExpect(status().isCreated()));

		api.get("/api/v1/organisations?locality={l}&q={q}", thaiNguyen, word)
			.andExpect(jsonPath("$.items[*].id", hasItem((int) organisation)));
		api.get("/api/v1/organisations?locality={l}&q={q}", api.localityId("VN-20"), word)
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) organisation))));

		// an agreement of that organisation: the province's agreements now include it
		long agreement = Api.id(api.post("/api/v1/agreements", agreement("Thỏa thuận " + word,
				"\"organisationId\": " + organisation, null)).andExpect(status().isCreated()));
		api.get("/api/v1/agreements?locality={l}&q={q}", thaiNguyen, word)
			.andExpect(jsonPath("$.items[*].id", hasItem((int) agreement)));
	}

}
