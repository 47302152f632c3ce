package vn.hoptac.feedback;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.hoptac.Api;

/** Feedback for tests of other packages: an anonymous submission on a new form of a Thái Nguyên partnership. */
public final class FeedbackFixture {

	private FeedbackFixture() {
	}

	/** The id of new feedback kept by Thái Nguyên, submitted from an address of its own (the limit counts per client). */
	public static long submitted(MockMvc mvc) throws Exception {
		Api admin = new Api(mvc).as("admin");
		long partnership = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "Phản hồi %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "statuses": [{"status": "FORMAL", "date": "2015"}]}""".formatted(
				UUID.randomUUID(), admin.localityId("VN-19"), admin.localityId("KR-37"))));
		long form = Api.id(admin.post("/api/v1/feedback/forms", """
				{"partnershipId": %d, "title": "Ý kiến", "consentText": "Đồng ý", "categories": ["OTHER"],
				 "open": true}""".formatted(partnership)));
		String address = "192.168.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256),
				ThreadLocalRandom.current().nextInt(256));
		return Api.id(mvc.perform(MockMvcRequestBuilders.post("/api/v1/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"formId\": %d, \"rating\": 3, \"category\": \"OTHER\", \"consent\": true}".formatted(form))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})));
	}

}
