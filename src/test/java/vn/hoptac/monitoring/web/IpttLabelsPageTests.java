package vn.hoptac.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * The IPTT page reads an ordinal indicator's values as the IPTT report does: the scale's code with
 * its label ("2: khá"), the label marked as the records' Vietnamese, in every language of the page.
 */
@ApiTest
class IpttLabelsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anOrdinalIndicatorShowsItsScalesLabelsBesideTheCodes() throws Exception {
		Api admin = new Api(mvc).as("admin");
		String tag = UUID.randomUUID().toString();
		ResultActions framework = admin.post("/api/v1/frameworks", """
				{"title": "Khung thang bậc %s", "localityId": %d,
				 "results": [{"level": "OUTCOME", "title": "Hợp tác thực chất %s"}]}"""
			.formatted(tag, admin.localityId("VN-19"), tag)).andExpect(status().isCreated());
		long frameworkId = Api.id(framework);
		Number resultId = Api.read(framework, "$.results[0].id");
		long indicator = Api.id(admin.post("/api/v1/indicators", """
				{"frameworkId": %d, "resultId": %d, "title": "Mức độ hợp tác %s", "measure": "ORDINAL",
				 "ascending": true, "baselineYear": 2015, "baseline": {"number": 1, "text": "yếu"},
				 "periods": [{"start": "2022", "end": "2022", "target": {"number": 3, "text": "tốt"}}],
				 "source": "000_4cf7d0040496a9b3.txt §3.2.2"}""".formatted(frameworkId, resultId, tag))
			.andExpect(status().isCreated()));
		Number period = Api.read(admin.get("/api/v1/indicators/{id}", indicator), "$.periods[0].id");
		long update = Api.id(admin.post("/api/v1/indicators/{id}/updates", """
				{"periodId": %d, "actual": {"number": 2, "text": "khá"}, "narrative": "Báo cáo năm",
				 "evidence": [{"url": "https://thainguyen.gov.vn/bao-cao", "title": "Báo cáo"}]}""".formatted(period),
				indicator).andExpect(status().isCreated()));
		admin.post("/api/v1/indicator-updates/{id}/submit", "{\"version\": 0}", update).andExpect(status().isOk());
		admin.post("/api/v1/indicator-updates/{id}/approve", "{\"version\": 1}", update).andExpect(status().isOk());

		SignedInAs signedIn = new SignedInAs(userDetails);
		Map<String, String> measure = Map.of("vi", "Thứ bậc", "en", "Ordinal", "ko", "서열");
		for (String lang : measure.keySet()) {
			String html = mvc.perform(get("/frameworks/{id}/iptt", frameworkId).param("lang", lang)
					.with(signedIn.user("admin")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(lang)
				.contains(measure.get(lang))
				.contains("1: <span class=\"value-label\" lang=\"vi\">yếu</span>")
				.contains("3: <span class=\"value-label\" lang=\"vi\">tốt</span>")
				.contains("2: <span class=\"value-label\" lang=\"vi\">khá</span>");
		}
	}

}
