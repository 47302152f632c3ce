package vn.hoptac.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.PageReader;

/**
 * The history tab and the audit log show what a write changed, field by field, in the page's
 * language, values as the record page shows them; never the snapshots' JSON. The API keeps it.
 */
@ApiTest
class ReadableHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	Api api;

	PageReader pages;

	@BeforeEach
	void setUp() {
		api = new Api(mvc).as("thainguyen");
		pages = new PageReader(mvc, userDetails);
	}

	private String page(String username, String language, String path, Object... vars) throws Exception {
		return pages.read(username, language, path, vars);
	}

	private String partnership(String title, String statuses) throws Exception {
		return """
				{"title": "%s", "level": "DISTRICT_COMMUNE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "fields": ["CULTURE"], "types": [{"type": "FRIENDSHIP", "date": "2004"}],
				 "statuses": [%s], "milestones": []}"""
			.formatted(title, api.localityId("VN-D-170"), api.localityId("KR-37390"), statuses);
	}

	@Test
	void partnershipHistoryShowsTheChangedFieldsByTheirLabels() throws Exception {
		String title = "Võ Nhai – Chilgok lịch sử " + UUID.randomUUID();
		String active = "{\"status\": \"ACTIVE\", \"date\": \"2019-03-02\"}";
		long id = Api.id(api.post("/api/v1/partnerships", partnership(title, active)));
		api.put("/api/v1/partnerships/{id}", partnership(title + " (sửa)",
				active + ", {\"status\": \"PAUSED\", \"date\": \"..2020-12\"}").replace("\"milestones\"",
						"\"version\": 0, \"milestones\""), id);

		String vi = page("thainguyen", "vi", "/partnerships/{id}/history", id);
		assertThat(vi).contains("Tình trạng", "Đang hợp tác hiệu quả", "Tạm ngừng", "Diễn biến tình trạng",
				"Tạm ngừng, trước 12/2020", "Tên quan hệ", title + " (sửa)", "Đang hợp tác hiệu quả, 02/03/2019",
				"Hữu nghị, 2004", "Văn hóa");
		assertThat(vi.substring(vi.indexOf("<del>Đang hợp tác hiệu quả</del>"))).contains("<ins>Tạm ngừng</ins>");
		assertThat(vi).doesNotContain("currentStatus", "statusHistory", "&quot;status&quot;", "PAUSED", "ACTIVE",
				"vnLocalityId", "\"version\"");

		String en = page("thainguyen", "en", "/partnerships/{id}/history", id);
		assertThat(en).contains("Status over time", "Paused, before Dec 2020", "Active, 2 Mar 2019")
			.doesNotContain("PAUSED", "Tạm ngừng");
		assertThat(page("thainguyen", "ko", "/partnerships/{id}/history", id)).contains("상태 변화",
				"일시 중단, 2020년 12월 이전");
	}

	@Test
	void aSourceReadsAsItsCitationInTheHistory() throws Exception {
		String title = "Võ Nhai – Chilgok nguồn " + UUID.randomUUID();
		String cited = partnership(title, "").replace("\"milestones\": []",
				"\"milestones\": [], \"duplicateIntended\": true, \"source\": \"000_4cf7d0040496a9b3.txt §3.1, Bảng 1\"");
		long id = Api.id(api.post("/api/v1/partnerships", cited));

		assertThat(page("thainguyen", "vi", "/partnerships/{id}/history", id))
			.contains("Hai thập kỷ hợp tác giữa tỉnh Thái Nguyên (Việt Nam) và tỉnh Gyeongsangbuk (Hàn Quốc)",
					"§3.1, Bảng 1")
			.doesNotContain("000_4cf7d0040496a9b3");
		assertThat(page("thainguyen", "en", "/partnerships/{id}/history", id))
			.contains("Two decades of subnational cooperation between Thai Nguyen");
	}

	@Test
	void actionsShowByTheirLabelOnHistoryHomeAndAuditLogWhileTheApiKeepsTheJson() throws Exception {
		String title = "Bản ghi nhớ lịch sử " + UUID.randomUUID();
		long id = Api.id(api.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, api.localityId("VN-19"), api.localityId("KR-37390"))));
		LocalDate sent = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
		api.post("/api/v1/agreements/{id}/actions", """
				{"type": "SENT_FOR_MOFA_OPINION", "date": "%s"}""".formatted(sent), id);
		String day = "%02d/%02d/%d".formatted(sent.getDayOfMonth(), sent.getMonthValue(), sent.getYear());

		String history = page("thainguyen", "vi", "/agreements/{id}/history", id);
		assertThat(history).contains("Quá trình thực hiện thủ tục", "Gửi lấy ý kiến Bộ Ngoại giao, " + day);
		String home = page("thainguyen", "vi", "/");
		assertThat(home).contains(title, "Gửi lấy ý kiến Bộ Ngoại giao, " + day);
		String audit = page("admin", "en", "/admin/audit");
		assertThat(audit).contains(title, "Sent to MOFA for opinion");
		for (String shown : new String[] { history, home, audit }) {
			assertThat(shown).doesNotContain("SENT_FOR_MOFA_OPINION", "&quot;actions&quot;");
		}

		String before = Api.read(new Api(mvc).as("admin").get("/api/v1/audit?entity=agreement&entityId={id}&action=ACTION", id),
				"$.items[0].before");
		assertThat(before).startsWith("{").contains("\"actions\":[]");
	}

}
