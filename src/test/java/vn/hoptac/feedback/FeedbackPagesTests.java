package vn.hoptac.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

@ApiTest
class FeedbackPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	long form;

	final String address = "172.16.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256),
			ThreadLocalRandom.current().nextInt(256));

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		Api admin = new Api(mvc).as("admin");
		long partnership = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "Trang phản hồi %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "statuses": [{"status": "FORMAL", "date": "2012-03"}]}"""
			.formatted(UUID.randomUUID(), admin.localityId("VN-19"), admin.localityId("KR-37"))));
		form = Api.id(admin.as("thainguyen").post("/api/v1/feedback/forms", """
				{"partnershipId": %d, "title": "Góp ý của bà con", "consentText": "Chúng tôi chỉ dùng để trả lời",
				 "categories": ["BENEFIT", "SUGGESTION"], "open": true}""".formatted(partnership)));
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder send(String lang) {
		return post("/public/feedback/{id}", form).param("lang", lang).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	@Test
	void thePublicPageTakesFeedbackWithoutSignInInEachLanguage() throws Exception {
		assertThat(html(get("/public/feedback/{id}", form).param("lang", "vi"), 200)).contains("Góp ý của bà con",
				"Chúng tôi chỉ dùng để trả lời", "Gửi ẩn danh", "Lợi ích mang lại", "Đề xuất, kiến nghị")
			.doesNotContain("Khiếu nại");
		assertThat(html(get("/public/feedback/{id}", form).param("lang", "en"), 200)).contains("Send anonymously",
				"lang=\"en\"");
		assertThat(html(get("/public/feedback/{id}", form).param("lang", "ko"), 200)).contains("익명으로 보내기");

		String refused = html(send("en").param("rating", "4").param("category", "BENEFIT"), 400);
		assertThat(refused).contains("Please tick that you agree");

		mvc.perform(send("vi").param("rating", "5")
			.param("category", "SUGGESTION")
			.param("comment", "Cần thêm lớp học")
			.param("anonymous", "true")
			.param("name", "Lê Văn C")
			.param("consent", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/public/feedback/" + form + "/thanks"));
		assertThat(html(get("/public/feedback/{id}/thanks", form).param("lang", "ko"), 200)).contains("감사합니다");

		String list = html(get("/feedback").param("form", "" + form).param("lang", "vi")
			.with(signedIn.user("thainguyen")), 200);
		assertThat(list).contains("Góp ý của bà con", "Đề xuất, kiến nghị", "5 / 5").doesNotContain("Lê Văn C");
		assertThat(html(get("/feedback").param("form", "" + form).with(signedIn.user("langson")), 200))
			.doesNotContain("5 / 5");
	}

	@Test
	void pastTheLimitThePageSaysSoKindly() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(send("vi").param("rating", "3").param("category", "BENEFIT").param("consent", "true"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(html(send("en").param("rating", "3").param("category", "BENEFIT").param("consent", "true"), 429))
			.contains("Please try again in about");
	}

	@Test
	void staffTriageReplyAndImportOnThePages() throws Exception {
		mvc.perform(send("vi").param("rating", "2").param("category", "BENEFIT").param("consent", "true"))
			.andExpect(status().is3xxRedirection());
		Integer id = Api.read(new Api(mvc).as("thainguyen").get("/api/v1/feedback?form={f}", form), "$.items[0].id");
		String detail = html(get("/feedback/{id}", id).param("lang", "en").with(signedIn.user("thainguyen")), 200);
		assertThat(detail).contains("Acknowledge", "Mark resolved", "2 – Dissatisfied", "No replies yet.");
		mvc.perform(post("/feedback/{id}/replies", id).param("text", "Chúng tôi đã ghi nhận")
			.with(csrf())
			.with(signedIn.user("thainguyen"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/feedback/{id}/status", id).param("status", "RESOLVED")
			.param("version", "1")
			.with(csrf())
			.with(signedIn.user("thainguyen"))).andExpect(status().is3xxRedirection());
		assertThat(html(get("/feedback/{id}", id).param("lang", "vi").with(signedIn.user("thainguyen")), 200))
			.contains("Chúng tôi đã ghi nhận", "Đã giải quyết").doesNotContain("Tiếp nhận</button>");
		// a page read before someone else moved it: told so, not an error page
		var stale = mvc.perform(post("/feedback/{id}/status", id).param("status", "RESOLVED")
			.param("version", "1")
			.with(csrf())
			.with(signedIn.user("thainguyen"))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(html(get("/feedback/{id}", id).param("lang", "vi")
			.flashAttrs(stale.getFlashMap())
			.with(signedIn.user("thainguyen")), 200)).contains("chưa có gì được lưu");

		String summary = html(get("/feedback/forms/{id}", form).param("lang", "en").with(signedIn.user("thainguyen")),
				200);
		assertThat(summary).contains("Mean rating", "2.00 / 5", "Import survey results");
		var csv = new MockMultipartFile("file", "kobo.csv", "text/csv", """
				_uuid,_submission_time,rating,category,consent
				k-1,2024-05-01T09:00:00,9,BENEFIT,yes
				""".getBytes(StandardCharsets.UTF_8));
		String report = html(multipart("/feedback/forms/{id}/import", form).file(csv)
			.param("lang", "en")
			.with(csrf())
			.with(signedIn.user("thainguyen")), 422);
		assertThat(report).contains("Rows refused", "The rating must be from 1 to 5.");
		html(get("/feedback/forms").with(signedIn.user("thainguyen")), 200);
		assertThat(html(get("/feedback/forms/new").param("lang", "en").with(signedIn.user("thainguyen")), 200))
			.contains("Consent text");
	}


	@Test
	void staffOpenAFormOnThePageAndItsRulesShowAtTheirFields() throws Exception {
		Number partnership = Api.read(new Api(mvc).as("thainguyen").get("/api/v1/feedback/forms/{id}", form),
				"$.partnershipId");
		String refused = html(post("/feedback/forms/new").param("lang", "en")
			.param("partnershipId", "" + partnership)
			.param("title", "")
			.param("consentText", "Đồng ý")
			.with(csrf())
			.with(signedIn.user("thainguyen")), 200);
		assertThat(refused).contains("Please correct the fields listed", "has-error");
		mvc.perform(post("/feedback/forms/new").param("partnershipId", "" + partnership)
			.param("title", "Phiếu thứ hai")
			.param("consentText", "Đồng ý")
			.param("categories", "BENEFIT", "OTHER")
			.with(csrf())
			.with(signedIn.user("thainguyen")))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/feedback/forms").param("lang", "vi").with(signedIn.user("thainguyen")), 200))
			.contains("Phiếu thứ hai", "Đã đóng");
	}

}
