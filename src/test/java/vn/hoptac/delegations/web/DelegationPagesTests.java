package vn.hoptac.delegations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

@ApiTest
class DelegationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	Api admin;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
	}

	private MockHttpServletRequestBuilder as(String username, String language, MockHttpServletRequestBuilder request) {
		return request.param("lang", language).with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theListHasFacetsAndHtmxRefreshesOnlyItsRows() throws Exception {
		String page = html(get("/delegations").param("lang", "vi"));
		assertThat(page).contains("Đoàn ra, đoàn vào", "id=\"delegation-rows\"", "hx-push-url=\"true\"",
				"Đoàn Thị trưởng thành phố Borås", "Đoàn vào", "Lãnh đạo chủ chốt cấp tỉnh");
		String rows = html(get("/delegations").param("q", "boras").param("lang", "vi").header("HX-Request", "true"));
		assertThat(rows).contains("Đoàn Thị trưởng thành phố Borås").doesNotContain("<html", "Hành lang Kinh tế Đông Tây");
		String outbound = html(get("/delegations").param("direction", "OUTBOUND").param("lang", "en"));
		assertThat(outbound).contains("Nguyễn Xuân Phúc", "Outbound").doesNotContain("Borås</a>");
	}

	@Test
	void theFormShowsEachRefusalAtItsFieldAndWritesNothing() throws Exception {
		int before = Api.read(admin.get("/api/v1/delegations?size=1"), "$.total");
		String page = html(as("thainguyen", "vi", post("/delegations")).with(csrf())
			.param("title", "Đoàn thiếu đối tác")
			.param("direction", "INBOUND")
			.param("status", "HELD")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("startOn", "2024-05")
			.param("endOn", "2024-03")
			.param("costAmount", "-10")
			.param("costCurrency", "KRW"));
		assertThat(page).contains("Chọn phía nước ngoài của đoàn", "Ngày kết thúc không được trước ngày bắt đầu",
				"Kinh phí không được là số âm");
		assertThat((int) Api.read(admin.get("/api/v1/delegations?size=1"), "$.total")).isEqualTo(before);

		String title = "Đoàn Gyeongsangbuk " + UUID.randomUUID();
		mvc.perform(as("thainguyen", "vi", post("/delegations")).with(csrf())
			.param("title", title)
			.param("direction", "INBOUND")
			.param("status", "HELD")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("foreignPartyCode", "KR-37")
			.param("startOn", "2024-03")
			.param("size", "9")
			.param("sizeQualifier", "EXACT")
			.param("followUps[0].action", "Trao đổi dự thảo thỏa thuận")
			.param("followUps[0].dueOn", "2024-06-30")
			.param("followUps[0].status", "OPEN"))
			.andExpect(redirectedUrlPattern("/delegations/*"));
		long id = ((Number) Api.read(admin.get("/api/v1/delegations?q=" + title.substring(title.length() - 12)),
				"$.items[0].id")).longValue();
		String detail = html(as("thainguyen", "en", get("/delegations/{id}", id)));
		assertThat(detail).contains(title, "Gyeongsangbuk", "Mar 2024", "Trao đổi dự thảo thỏa thuận");
		String history = html(as("thainguyen", "ko", get("/delegations/{id}/history", id)));
		assertThat(history).contains(title, "대표단 명칭");
	}

	@Test
	void theStatisticsPageShowsCountedGroupsAndReportedTotalsApart() throws Exception {
		long daNang = admin.localityId("VN-48");
		String page = html(get("/delegations/stats").param("groupBy", "partner")
			.param("locality", String.valueOf(daNang))
			.param("lang", "vi"));
		assertThat(page).contains("Thống kê đoàn ra, đoàn vào", "Borås", "1.152", "11.552", "lượt người",
				"không cộng vào số đoàn ở trên", "§4.3.2");
		String byYear = html(get("/delegations/stats").param("groupBy", "year").param("lang", "en"));
		assertThat(byYear).contains("2015", "Year");
	}

	@Test
	void aPlanPageShowsPlannedAgainstHeldAndRecordsTheNextStep() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long plan = Api.id(officer.post("/api/v1/delegation-plans", """
				{"title": "Kế hoạch đoàn năm 1951", "vnLocalityId": %d, "year": 1951, "kind": "ANNUAL",
				 "items": [{"direction": "OUTBOUND", "plannedOn": "1951-09", "foreignLocalityId": %d}]}"""
			.formatted(thaiNguyen, gyeongbuk)));
		String page = html(as("thainguyen", "vi", get("/delegation-plans/{id}", plan)));
		assertThat(page).contains("Kế hoạch đoàn năm 1951", "Gyeongsangbuk", "Chưa có đoàn nào ghi nhận theo mục này");
		mvc.perform(as("thainguyen", "vi", post("/delegation-plans/{id}/steps", plan)).with(csrf())
			.param("step", "DRAFTED_BY_DOFA")
			.param("date", "1950-10"))
			.andExpect(redirectedUrlPattern("/delegation-plans/*"));
		String refused = html(as("thainguyen", "vi", post("/delegation-plans/{id}/steps", plan)).with(csrf())
			.param("step", "SUBMITTED_TO_PEOPLES_COMMITTEE")
			.param("date", "1950-09-01"));
		assertThat(refused).contains("theo trình tự trình duyệt");
		assertThat(html(get("/delegation-plans").param("lang", "ko").with(signedIn.user("thainguyen"))))
			.contains("성 지도자 대표단 계획");
	}

	@Test
	void theHistoryReadsChangesByTheirLabelsNeverByTheirCodes() throws Exception {
		String title = "Đoàn lịch sử " + UUID.randomUUID();
		String body = """
				{"title": "%s", "direction": "INBOUND", "status": "PLANNED", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "headRank": "VICE_MINISTER", "startOn": "2024-03", "fields": ["EDUCATION"]%s}""";
		long id = Api.id(admin.post("/api/v1/delegations", body.formatted(title, thaiNguyen, gyeongbuk, "")));
		admin.put("/api/v1/delegations/{id}", body.formatted(title, thaiNguyen, gyeongbuk, ", \"version\": 0")
			.replace("PLANNED", "HELD").replace("VICE_MINISTER", "MINISTER").replace("2024-03", "..2024-05"), id)
			.andExpect(status().isOk());
		String vi = html(as("thainguyen", "vi", get("/delegations/{id}/history", id)));
		assertThat(vi).contains("Tình trạng", "Dự kiến", "Đã thực hiện", "Cấp trưởng đoàn", "Thứ trưởng", "Bộ trưởng",
				"Giáo dục")
			.doesNotContain("VICE_MINISTER", "PLANNED", "headRank", "\"version\"");
		assertThat(html(as("thainguyen", "en", get("/delegations/{id}/history", id)))).contains(
				"Vice-minister", "Minister", "before May 2024");
	}

}
