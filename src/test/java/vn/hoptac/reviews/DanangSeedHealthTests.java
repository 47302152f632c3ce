package vn.hoptac.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * The Đà Nẵng thesis (seed 001 §4.3.1, p. 118) names relations that went dormant after signing
 * (Grodno, Jiangsu, Newcastle, Réunion) and relations that never got past a letter of intent
 * (Houston, Khon Kaen): the seeded records' computed health says the same, and the attention list of
 * Đà Nẵng carries them.
 */
@ApiTest
class DanangSeedHealthTests {

	static final Map<String, String> EXPECTED = Map.of(
			"Quan hệ hợp tác thành phố Đà Nẵng – thành phố Grodno (Belarus)", "DORMANT",
			"Quan hệ hợp tác thành phố Đà Nẵng – tỉnh Giang Tô (Trung Quốc)", "DORMANT",
			"Quan hệ hợp tác thành phố Đà Nẵng – thành phố Newcastle (Úc)", "DORMANT",
			"Quan hệ hợp tác thành phố Đà Nẵng – Réunion (Pháp)", "DORMANT",
			"Quan hệ thành phố Đà Nẵng – thành phố Houston (Hoa Kỳ)", "STUCK_AT_LETTER_OF_INTENT",
			"Quan hệ thành phố Đà Nẵng – tỉnh Khon Kaen (Thái Lan)", "STUCK_AT_LETTER_OF_INTENT");

	@Autowired
	MockMvc mvc;

	@Test
	void theRelationsTheThesisCallsDormantOrStuckComeOutSo() throws Exception {
		Api danang = new Api(mvc).as("danang");
		long daNang = danang.localityId("VN-48");
		for (Map.Entry<String, String> relation : EXPECTED.entrySet()) {
			List<Integer> ids = Api.read(danang.get("/api/v1/partnerships?q={q}&size=100", relation.getKey()),
					"$.items[?(@.title == '" + relation.getKey() + "')].id");
			assertThat(ids).as(relation.getKey()).hasSize(1);
			String state = Api.read(danang.get("/api/v1/partnerships/{id}/health", ids.get(0)), "$.state");
			assertThat(state).as(relation.getKey()).isEqualTo(relation.getValue());
		}
		List<String> attention = Api.read(danang.get("/api/v1/partnerships/attention?province={p}", daNang),
				"$[*].partnershipTitle");
		assertThat(attention).containsAll(EXPECTED.keySet());
	}

}
