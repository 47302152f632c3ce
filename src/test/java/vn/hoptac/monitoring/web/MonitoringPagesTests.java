package vn.hoptac.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/** The seeded figures and the monitoring pages: lists, framework, IPTT, indicator with its steps, history. */
@ApiTest
class MonitoringPagesTests {

	static final String POOR_HOUSEHOLDS = "Tỷ lệ hộ nghèo tại khu vực thực hiện mô hình làng Saemaul";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	SignedInAs signedIn;

	@BeforeEach
	void setUp() {
		signedIn = new SignedInAs(userDetails);
	}

	private String html(String username, String lang, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.param("lang", lang).with(signedIn.user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long id(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}

	@Test
	void everySeededFigureIsAnApprovedActualWithItsSourceAndNoInventedTarget() {
		assertThat(jdbc.sql("select count(*) from indicator where source is null").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from indicator").query(Long.class).single()).isGreaterThanOrEqualTo(19);
		assertThat(jdbc.sql("select count(*) from indicator_period where target_value is not null")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("""
				select p.actual_qualifier from indicator_period p join indicator i on i.id = p.indicator_id
				where i.title = 'Số dự án FDI của Hàn Quốc tại Thái Nguyên (lũy kế)'""").query(String.class).single())
			.isEqualTo("MORE_THAN");
		assertThat(jdbc.sql("""
				select u.status from indicator_update u join indicator i on i.id = u.indicator_id where i.title = ?""")
			.param(POOR_HOUSEHOLDS)
			.query(String.class)
			.list()).isEqualTo(List.of("APPROVED"));
		assertThat(jdbc.sql("select count(*) from results_framework where scope = 'NATION'").query(Long.class).single())
			.isGreaterThanOrEqualTo(1);
	}

	private java.util.Map<String, Object> seeded(String indicatorTitle) {
		return jdbc.sql("""
				select f.title as framework, f.scope, i.measure, i.ascending, i.source, i.baseline_year,
				i.baseline_value, p.actual_value, p.actual_text, p.actual_qualifier
				from indicator i join results_framework f on f.id = i.framework_id
				join indicator_period p on p.indicator_id = i.id where i.title = ?""")
			.param(indicatorTitle)
			.query()
			.singleRow();
	}

	@Test
	void theFactsAddedLaterJoinTheirFrameworksWithTheirSourceAndQualifier() {
		assertThat(jdbc.sql("select count(*) from demo_seed where name = 'db/demo/monitoring-more.json'")
			.query(Long.class)
			.single()).isOne();
		// the partnership's framework is extended, not loaded a second time
		assertThat(jdbc.sql("select count(*) from results_framework where title = 'Kết quả hợp tác Thái Nguyên – Gyeongsangbuk'")
			.query(Long.class)
			.single()).isOne();
		assertThat(seeded("Số quốc gia bảo hộ nhãn hiệu tập thể “Chè Thái Nguyên”"))
			.containsEntry("framework", "Kết quả hợp tác Thái Nguyên – Gyeongsangbuk")
			.containsEntry("source", "000_4cf7d0040496a9b3.txt §3.2.3")
			.containsEntry("actual_qualifier", "EXACT")
			.satisfies(row -> assertThat((java.math.BigDecimal) row.get("actual_value")).isEqualByComparingTo("6"));
		assertThat(seeded("Thời gian cấp phép đầu tư trung bình")).containsEntry("ascending", false)
			.containsEntry("baseline_year", null)
			.satisfies(row -> assertThat((java.math.BigDecimal) row.get("baseline_value")).isEqualByComparingTo("30"))
			.satisfies(row -> assertThat((java.math.BigDecimal) row.get("actual_value")).isEqualByComparingTo("15"));
		assertThat(seeded("Nhóm xếp hạng chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Thái Nguyên"))
			.containsEntry("measure", "QUALITATIVE")
			.containsEntry("actual_text", "Nhóm khá trong cả nước.")
			.containsEntry("actual_value", null);
		assertThat(seeded("Kinh phí Sơn La hỗ trợ các tỉnh của Lào xây dựng công trình y tế, văn hóa, giáo dục"))
			.containsEntry("scope", "PROVINCE")
			.containsEntry("actual_qualifier", "MORE_THAN")
			.containsEntry("source", "001_35b6366d42811707.txt §3.1.4");
		assertThat(seeded("Số đô thị thành viên Hiệp hội các đô thị Việt Nam (ACVN)")).containsEntry("scope", "NATION")
			.containsEntry("baseline_year", 1992)
			.satisfies(row -> assertThat((java.math.BigDecimal) row.get("baseline_value")).isEqualByComparingTo("5"))
			.satisfies(row -> assertThat((java.math.BigDecimal) row.get("actual_value")).isEqualByComparingTo("117"));
		assertThat(seeded("Cung cấp dược chất phóng xạ FDG cho các cơ sở sử dụng")).containsEntry("scope", "PROJECT")
			.containsEntry("measure", "QUALITATIVE");
	}

	@Test
	void listsDetailsIpttAndHistoryReadInTheReadersLanguage() throws Exception {
		long indicator = id("select id from indicator where title = ?", POOR_HOUSEHOLDS);
		long framework = id("select framework_id from indicator where id = ?", indicator);

		assertThat(html("admin", "vi", get("/frameworks"))).contains("Kết quả hợp tác Thái Nguyên – Gyeongsangbuk")
			.contains("Quan hệ đối tác");
		assertThat(html("admin", "en", get("/frameworks").param("scope", "NATION")))
			.contains("Số liệu quốc gia về hợp tác quốc tế của các địa phương")
			.doesNotContain("Kết quả hợp tác Thái Nguyên – Gyeongsangbuk");
		assertThat(html("admin", "vi", get("/indicators").param("q", "hộ nghèo").header("HX-Request", "true")))
			.contains(POOR_HOUSEHOLDS).doesNotContain("<html");
		assertThat(html("admin", "ko", get("/indicators").param("measure", "PERCENTAGE"))).contains("백분율");
		assertThat(html("admin", "vi", get("/plans"))).contains("Kế hoạch hợp tác");
		assertThat(html("admin", "vi", get("/frameworks/{id}", framework))).contains("Tác động")
			.contains(POOR_HOUSEHOLDS);
		assertThat(html("admin", "en", get("/frameworks/{id}/iptt", framework))).contains("Indicator tracking table")
			.contains("lower is better")
			.contains("3.8")
			.contains("more than 110");
		assertThat(html("thainguyen", "vi", get("/indicators/{id}", indicator))).contains("Đã duyệt")
			.contains("Báo cáo số thực hiện của một kỳ");
		assertThat(html("admin", "en", get("/indicators/{id}/history", indicator))).contains("Change history");
		assertThat(html("admin", "vi", get("/frameworks/{id}/history", framework))).contains("Lịch sử thay đổi");
	}

	@Test
	void thePlansListShowsEachPlansNumberOfObjectives() throws Exception {
		Api admin = new Api(mvc).as("admin");
		String title = "Kế hoạch hợp tác " + UUID.randomUUID();
		admin.post("/api/v1/plans", """
				{"title": "%s", "yearFrom": 2025, "yearTo": 2030, "localityId": %d,
				 "objectives": ["Mở rộng hợp tác giáo dục", "Tăng đoàn trao đổi", "Thu hút đầu tư"]}"""
			.formatted(title, admin.localityId("VN-19"))).andExpect(status().isCreated());

		// the list is rendered after its read-only transaction: the objectives must be loaded by then
		assertThat(html("admin", "vi", get("/plans").param("q", title))).contains(title)
			.containsPattern("data-label=\"[^\"]*\">3</td>");
	}

	@Test
	void anOfficerReportsAndSubmitsOnThePageAndTheLeadApproves() throws Exception {
		long indicator = id("select id from indicator where title = ?", POOR_HOUSEHOLDS);
		long period = id("select id from indicator_period where indicator_id = ?", indicator);
		mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", String.valueOf(period))
			.param("number", "abc")
			.param("lang", "en")
			.with(csrf())
			.with(signedIn.user("thainguyen"))).andExpect(status().isOk());
		mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", String.valueOf(period))
			.param("number", "3,5")
			// a decimal comma is Vietnamese (the officer chose English above; in English "3,5" is refused)
			.param("lang", "vi")
			.param("qualifier", "ABOUT")
			.param("evidenceUrl", "https://thainguyen.gov.vn/bc")
			.with(csrf())
			.with(signedIn.user("thainguyen"))).andExpect(status().is3xxRedirection());
		long update = id("select max(id) from indicator_update where indicator_id = ?", indicator);
		mvc.perform(post("/indicator-updates/{id}/submit", update).param("version", "0")
			.with(csrf())
			.with(signedIn.user("thainguyen"))).andExpect(status().is3xxRedirection());
		assertThat(html("thainguyen-lead", "vi", get("/indicators/{id}", indicator))).contains("approve-" + update);
		assertThat(html("thainguyen", "vi", get("/indicators/{id}", indicator))).doesNotContain("approve-" + update);
		mvc.perform(post("/indicator-updates/{id}/approve", update).param("version", "1")
			.with(csrf())
			.with(signedIn.user("thainguyen-lead"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select actual_value from indicator_period where id = ?")
			.param(period)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("3.5");
	}

}
