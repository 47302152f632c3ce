package vn.hoptac.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class AgreementIndexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgreementIndex index;

	@Test
	void listsKeepVietnameseOrderBeforeAndAfterTheIndexIsMerged() throws Exception {
		Api api = new Api(mvc).as("admin");
		String word = "xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long vn = api.localityId("VN-19");
		long kr = api.localityId("KR-37");
		List<String> created = List.of("Bản", "Ân", "Ăn", "An", "Đào", "Dân");
		for (String first : created) {
			api.post("/api/v1/agreements", """
					{"title": "%s %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
					 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
				.formatted(first, word, vn, kr)).andExpect(status().isCreated());
		}
		List<String> vietnameseOrder = List.of("An", "Ăn", "Ân", "Bản", "Dân", "Đào");

		List<String> beforeMerge = firstWords(api, word);
		index.merge();
		List<String> afterMerge = firstWords(api, word);

		assertThat(beforeMerge).isEqualTo(vietnameseOrder);
		assertThat(afterMerge).isEqualTo(vietnameseOrder);
		assertThat(firstWords(api, word + "&sort=-name")).isEqualTo(List.of("Đào", "Dân", "Bản", "Ân", "Ăn", "An"));
	}

	private static List<String> firstWords(Api api, String query) throws Exception {
		List<String> titles = Api.read(api.get("/api/v1/agreements?q=" + query), "$.items[*].title");
		return titles.stream().map(title -> title.split(" ")[0]).toList();
	}

}
