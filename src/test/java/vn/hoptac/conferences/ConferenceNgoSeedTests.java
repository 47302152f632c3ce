package vn.hoptac.conferences;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * The demo seed's conferences (seed 004: the photonics workshop of 12/2009 and the VEA–KAIDA
 * workshop of 14/3/2017) and NGO file (KFHI in Lạng Sơn, seed 002), each with its source; what
 * the sources do not give stays empty. Anyone may read them.
 */
@ApiTest
class ConferenceNgoSeedTests {

	@Autowired
	MockMvc mvc;

	@Test
	void seedsTheWorkshopsHeldInVietnamWithTheirSources() throws Exception {
		Api anonymous = new Api(mvc);
		anonymous.get("/api/v1/conferences?q=quang tu tien tien")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].startOn").value("2009-12"))
			.andExpect(jsonPath("$.items[0].stage").value("HELD"))
			.andExpect(jsonPath("$.items[0].venue").doesNotExist())
			.andExpect(jsonPath("$.items[0].participants").doesNotExist())
			.andExpect(jsonPath("$.items[0].foreignCountry").value("KR"))
			.andExpect(jsonPath("$.items[0].organiser.name").value(containsString("Viện Vật lý")))
			.andExpect(jsonPath("$.items[0].source").value("004_67aabffd7c66fad0.txt §3 (2002–2009)"));
		anonymous.get("/api/v1/conferences?year=2017&stage=HELD&q=KAIDA")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].startOn").value("2017-03-14"))
			.andExpect(jsonPath("$.items[0].venue").value("Hà Nội"))
			.andExpect(jsonPath("$.items[0].authority").doesNotExist())
			.andExpect(jsonPath("$.items[0].source").value("004_67aabffd7c66fad0.txt §4 (2010–2022)"));
	}

	@Test
	void seedsKfhisFileInLangSonWithoutInventingACertificate() throws Exception {
		Api anonymous = new Api(mvc);
		long langSon = anonymous.localityId("VN-20");
		int id = Api.read(anonymous.get("/api/v1/ngos?q=KFHI"), "$.items[0].id");
		anonymous.get("/api/v1/ngos/{id}", id)
			.andExpect(jsonPath("$.ownerProvinceId").value(langSon))
			.andExpect(jsonPath("$.certificates").isEmpty())
			.andExpect(jsonPath("$.fields", contains("EDUCATION", "HEALTH", "SOCIAL_WELFARE")))
			.andExpect(jsonPath("$.sourceCitations[0].locator").value("§chú thích ảnh"));
	}

}
