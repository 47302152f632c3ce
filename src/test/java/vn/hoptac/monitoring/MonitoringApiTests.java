package vn.hoptac.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class MonitoringApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	Api officer;

	Api lead;

	Api daNang;

	long thaiNguyen;

	String tag;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		officer = new Api(mvc).as("thainguyen");
		lead = new Api(mvc).as("thainguyen-lead");
		daNang = new Api(mvc).as("danang");
		thaiNguyen = admin.localityId("VN-19");
		tag = "mon" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A framework of Thái Nguyên with one outcome; answers [framework id, result id]. */
	private long[] framework(Api as, String attachment) throws Exception {
		var created = as.post("/api/v1/frameworks", """
				{"title": "Khung kết quả %s", %s
				 "results": [{"level": "OUTCOME", "title": "Giảm nghèo bền vững"}],
				 "source": "000_4cf7d0040496a9b3.txt §3.2.2"}""".formatted(tag, attachment))
			.andExpect(status().isCreated());
		long id = Api.id(created);
		return new long[] { id, ((Number) Api.read(created, "$.results[0].id")).longValue() };
	}

	private long[] provincial() throws Exception {
		return framework(admin, "\"localityId\": %d,".formatted(thaiNguyen));
	}

	private String indicator(long[] framework, String measure, boolean ascending, String periods) {
		return """
				{"frameworkId": %d, "resultId": %d, "title": "Tỷ lệ hộ nghèo %s", "measure": "%s", "ascending": %s,
				 "unit": "%%", "sdgIndicators": ["1.2.1"], "dimensions": ["sex"], "baselineYear": 2015,
				 "baseline": {"number": 12}, "periods": [%s], "source": "000_4cf7d0040496a9b3.txt §3.2.2"}"""
			.formatted(framework[0], framework[1], tag, measure, ascending, periods);
	}

	private static final String TWO_YEARS = """
			{"start": "2021", "end": "2021", "target": {"number": 8}},
			{"start": "2022", "end": "2022", "target": {"number": 5}}""";

	private long periodId(Api as, long indicator, int index) throws Exception {
		return ((Number) Api.read(as.get("/api/v1/indicators/{id}", indicator), "$.periods[" + index + "].id"))
			.longValue();
	}

	private long update(Api as, long indicator, long period, String actual) throws Exception {
		return Api.id(as.post("/api/v1/indicators/{id}/updates", """
				{"periodId": %d, "actual": %s, "narrative": "Báo cáo năm",
				 "evidence": [{"url": "https://thainguyen.gov.vn/bao-cao", "title": "Báo cáo"}],
				 "values": [{"dimension": "sex", "category": "female", "value": 2}]}""".formatted(period, actual), indicator)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")));
	}

	private static String decision(long version, String comment) {
		return comment == null ? "{\"version\": %d}".formatted(version)
				: "{\"version\": %d, \"comment\": \"%s\"}".formatted(version, comment);
	}

	@Test
	void anOfficerSubmitsTheLeadApprovesAndTheApprovedValueIsTheIpttsActual() throws Exception {
		long[] framework = provincial();
		long indicator = Api.id(officer.post("/api/v1/indicators", indicator(framework, "PERCENTAGE", false, TWO_YEARS))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerProvinceId").value(thaiNguyen))
			.andExpect(jsonPath("$.periods[1].start").value("2022"))
			.andExpect(jsonPath("$.periods[1].actual.number").doesNotExist()));
		long period2022 = periodId(officer, indicator, 1);
		long update = update(officer, indicator, period2022, "{\"number\": 3.8}");

		// an officer neither approves nor skips submission; the lead cannot approve a draft
		officer.post("/api/v1/indicator-updates/{id}/approve", decision(0, null), update).andExpect(status().isForbidden());
		lead.post("/api/v1/indicator-updates/{id}/approve", decision(0, null), update).andExpect(status().isConflict());
		officer.post("/api/v1/indicator-updates/{id}/submit", decision(0, null), update)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.submittedBy").value("thainguyen"));
		officer.put("/api/v1/indicator-updates/{id}", """
				{"periodId": %d, "actual": {"number": 4}, "version": 1}""".formatted(period2022), update)
			.andExpect(status().isConflict());
		// returning needs a reason; returned, it is corrected and submitted again
		lead.post("/api/v1/indicator-updates/{id}/return", decision(1, null), update)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		lead.post("/api/v1/indicator-updates/{id}/return", decision(1, "Thiếu biên bản"), update)
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.reviewComment").value("Thiếu biên bản"));
		officer.put("/api/v1/indicator-updates/{id}", """
				{"periodId": %d, "actual": {"number": 3.8, "qualifier": "ABOUT"}, "version": 2,
				 "evidence": [{"url": "https://thainguyen.gov.vn/bao-cao-2", "title": "Biên bản"}],
				 "values": [{"dimension": "sex", "category": "female", "value": 2}]}""".formatted(period2022),
				update).andExpect(status().isOk());
		officer.post("/api/v1/indicator-updates/{id}/submit", decision(3, null), update).andExpect(status().isOk());
		// a stale version is a conflict, the current one is approved
		lead.post("/api/v1/indicator-updates/{id}/approve", decision(3, null), update).andExpect(status().isConflict());
		lead.post("/api/v1/indicator-updates/{id}/approve", decision(4, null), update)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("thainguyen-lead"));

		admin.get("/api/v1/indicators/{id}", indicator)
			.andExpect(jsonPath("$.periods[1].actual.number").value(3.8))
			.andExpect(jsonPath("$.periods[1].actual.qualifier").value("ABOUT"))
			.andExpect(jsonPath("$.periods[1].actualUpdateId").value(update))
			.andExpect(jsonPath("$.periods[0].actual.number").doesNotExist());
		// less is better: a target of 5 % met with 3.8 % is 131.6 % of target; rates do not add up
		officer.get("/api/v1/frameworks/{id}/iptt", framework[0])
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].level").value("OUTCOME"))
			.andExpect(jsonPath("$.results[0].indicators[0].baseline.number").value(12))
			.andExpect(jsonPath("$.results[0].indicators[0].periods[1].percentOfTarget").value(131.6))
			.andExpect(jsonPath("$.results[0].indicators[0].periods[1].cumulativeActual").value(3.8))
			.andExpect(jsonPath("$.results[0].indicators[0].periods[0].percentOfTarget").doesNotExist());
		officer.get("/api/v1/indicators/{id}/updates", indicator)
			.andExpect(jsonPath("$[0].evidence[0].url").value("https://thainguyen.gov.vn/bao-cao-2"))
			.andExpect(jsonPath("$[0].values[0].category").value("female"));
		// an approved update is on record: not changed, not deleted, and its indicator not deleted
		officer.delete("/api/v1/indicator-updates/{id}?version=5", update).andExpect(status().isConflict());
		admin.delete("/api/v1/indicators/{id}", indicator).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from audit_event where entity = 'indicator_update' and entity_id = ?")
			.param(update)
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	@Test
	void anApprovedUpdateOfAPartnershipsFrameworkIsASignOfItsLife() throws Exception {
		Number partnership = Api.read(officer.get("/api/v1/partnerships?q={q}", "gyeongsangbuk"), "$.items[0].id");
		approvedUpdateIsASignalOf(partnership.longValue(),
				framework(officer, "\"partnershipId\": %d,".formatted(partnership.longValue())))
			.andExpect(jsonPath("$.stage").value("SUBSTANTIVE"));
	}

	/**
	 * Records an update of a new indicator of the framework, submits it (not yet a signal of the
	 * partnership's life) and approves it: the partnership's health then names the indicator.
	 */
	private ResultActions approvedUpdateIsASignalOf(long partnership, long[] framework) throws Exception {
		long indicator = Api.id(officer.post("/api/v1/indicators", indicator(framework, "PERCENTAGE", false, TWO_YEARS))
			.andExpect(status().isCreated()));
		long update = update(officer, indicator, periodId(officer, indicator, 1), "{\"number\": 3.8}");
		String signal = "$.reasons[?(@.code == 'signal.INDICATOR_UPDATE')]";
		officer.post("/api/v1/indicator-updates/{id}/submit", decision(0, null), update).andExpect(status().isOk());
		// submitted is not yet on record
		officer.get("/api/v1/partnerships/{id}/health", partnership).andExpect(jsonPath(signal).isEmpty());
		lead.post("/api/v1/indicator-updates/{id}/approve", decision(1, null), update).andExpect(status().isOk());
		return officer.get("/api/v1/partnerships/{id}/health", partnership)
			.andExpect(status().isOk())
			.andExpect(jsonPath(signal + ".record.href").value("/indicators/" + indicator));
	}

	@Test
	void anApprovedUpdateOfAFrameworkOfAPartnershipsPlanIsASignOfItsLifeToo() throws Exception {
		long partnership = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "Quan hệ có kế hoạch %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "visibility": "INTERNAL",
				 "statuses": [{"status": "FORMAL", "date": "2015"}]}""".formatted(tag, thaiNguyen,
				admin.localityId("KR-37"))).andExpect(status().isCreated()));
		long plan = Api.id(officer.post("/api/v1/plans", """
				{"title": "Kế hoạch của quan hệ %s", "yearFrom": 2025, "yearTo": 2030, "partnershipId": %d}"""
			.formatted(tag, partnership)).andExpect(status().isCreated()));
		// the framework names only the plan: the partnership is reached through it
		approvedUpdateIsASignalOf(partnership, framework(officer, "\"planId\": %d,".formatted(plan)));
	}

	@Test
	void unitsAddUpOverPeriodsAndMoreIsBetterByDefault() throws Exception {
		long[] framework = provincial();
		long indicator = Api.id(admin.post("/api/v1/indicators", indicator(framework, "UNIT", true, TWO_YEARS)
			.replace("\"ascending\": true,", "").replace("\"%\"", "\"cán bộ\"")).andExpect(status().isCreated()));
		for (int i = 0; i < 2; i++) {
			long update = update(admin, indicator, periodId(admin, indicator, i), i == 0 ? "{\"number\": 4}" : "{\"number\": 6}");
			admin.post("/api/v1/indicator-updates/{id}/submit", decision(0, null), update).andExpect(status().isOk());
			admin.post("/api/v1/indicator-updates/{id}/approve", decision(1, null), update).andExpect(status().isOk());
		}
		admin.get("/api/v1/frameworks/{id}/iptt", framework[0])
			.andExpect(jsonPath("$.results[0].indicators[0].ascending").value(true))
			.andExpect(jsonPath("$.results[0].indicators[0].periods[0].percentOfTarget").value(50.0))
			.andExpect(jsonPath("$.results[0].indicators[0].periods[1].percentOfTarget").value(120.0))
			.andExpect(jsonPath("$.results[0].indicators[0].periods[1].cumulativeTarget").value(13))
			.andExpect(jsonPath("$.results[0].indicators[0].periods[1].cumulativeActual").value(10))
			.andExpect(jsonPath("$.results[0].indicators[0].totalPercentOfTarget").value(76.9));
	}

	@Test
	void refusesBadInputNamingEachFieldInTheRequestsLanguage() throws Exception {
		long[] framework = provincial();
		long before = jdbc.sql("select count(*) from indicator").query(Long.class).single();
		String bad = indicator(framework, "QUALITATIVE", true, """
				{"start": "2022", "end": "2021", "target": {"number": 3}},
				{"start": "..2020", "end": "2021-13"}""").replace("\"1.2.1\"", "\"SDG one\"")
			.replace("\"resultId\": " + framework[1], "\"resultId\": -1");

		admin.post("/api/v1/indicators", bad)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("periods[1].end")));
		String parsable = bad.replace("2021-13", "2021");
		admin.post("/api/v1/indicators", parsable)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("resultId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("baseline")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sdgIndicators[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("periods[0].end")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("periods[0].target")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("periods[1].start")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("Chỉ số định tính: hãy mô tả bằng lời, không nhập con số.")));
		admin.in("en").post("/api/v1/indicators", parsable)
			.andExpect(jsonPath("$.errors[*].message", hasItem("The SDG indicator code \"SDG one\" is not valid (e.g. 1.2.1).")));
		admin.in("ko").post("/api/v1/indicators", parsable)
			.andExpect(jsonPath("$.errors[*].message", hasItem("정성 지표입니다. 숫자가 아닌 글로 기술하십시오.")));
		assertThat(jdbc.sql("select count(*) from indicator").query(Long.class).single()).isEqualTo(before);

		admin.post("/api/v1/frameworks", """
				{"title": "Hai nơi", "localityId": %d, "partnershipId": 1, "results": [{"title": ""}]}"""
			.formatted(thaiNguyen))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("planId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("results[0].level")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("results[0].title")));
		admin.post("/api/v1/plans", """
				{"title": "Kế hoạch", "yearFrom": 2030, "yearTo": 2025, "localityId": %d}""".formatted(admin.localityId("KR-37")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("yearTo")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("localityId")));

		long indicator = Api.id(admin.post("/api/v1/indicators", indicator(framework, "UNIT", true, TWO_YEARS))
			.andExpect(status().isCreated()));
		admin.post("/api/v1/indicators/{id}/updates", """
				{"periodId": -5, "actual": {"text": "tốt"}, "evidence": [{"url": "ftp://x"}],
				 "values": [{"dimension": "age", "category": "15-24", "value": 1}]}""", indicator)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("periodId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("actual")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("evidence[0].url")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("values[0].dimension")));
	}

	@Test
	void recordsAreKeptByTheProvinceOfWhatTheyMeasureAndNationalOnesByAdministrators() throws Exception {
		long[] framework = provincial();
		long indicator = Api.id(officer.post("/api/v1/indicators", indicator(framework, "UNIT", true, TWO_YEARS))
			.andExpect(status().isCreated()));
		long period = periodId(officer, indicator, 0);

		daNang.get("/api/v1/frameworks/{id}", framework[0]).andExpect(status().isForbidden());
		daNang.get("/api/v1/frameworks/{id}/iptt", framework[0]).andExpect(status().isForbidden());
		daNang.get("/api/v1/indicators?q={q}", tag).andExpect(jsonPath("$.total").value(0));
		daNang.get("/api/v1/frameworks?q={q}", tag).andExpect(jsonPath("$.total").value(0));
		daNang.post("/api/v1/indicators/{id}/updates", """
				{"periodId": %d, "actual": {"number": 1}}""".formatted(period), indicator).andExpect(status().isForbidden());
		new Api(mvc).anonymous().get("/api/v1/indicators/{id}", indicator).andExpect(status().isUnauthorized());
		new Api(mvc).as("mofa").get("/api/v1/frameworks/{id}/iptt", framework[0]).andExpect(status().isOk());
		new Api(mvc).as("mofa").post("/api/v1/indicators", indicator(framework, "UNIT", true, "")).andExpect(status().isForbidden());
		admin.get("/api/v1/indicators?q={q}&framework={f}", tag, framework[0])
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.totalExact").value(true))
			.andExpect(jsonPath("$.items[0].measure").value("UNIT"));

		// the nation's statistics: written by administrators only, read by all when public
		officer.post("/api/v1/frameworks", """
				{"title": "Quốc gia %s", "results": []}""".formatted(tag)).andExpect(status().isForbidden());
		long[] national = framework(admin, "\"visibility\": \"PUBLIC\",");
		admin.get("/api/v1/frameworks/{id}", national[0])
			.andExpect(jsonPath("$.scope").value("NATION"))
			.andExpect(jsonPath("$.ownerProvinceId").doesNotExist());
		officer.post("/api/v1/indicators", indicator(national, "UNIT", true, "")).andExpect(status().isForbidden());
		daNang.get("/api/v1/frameworks/{id}/iptt", national[0]).andExpect(status().isOk());

		// a stale version is a conflict; an officer does not delete; the lead does
		String renamed = indicator(framework, "UNIT", true, "").replace("\"frameworkId\"", "\"version\": 0, \"frameworkId\"");
		officer.put("/api/v1/indicators/{id}", renamed, indicator).andExpect(status().isOk());
		officer.put("/api/v1/indicators/{id}", renamed, indicator).andExpect(status().isConflict());
		officer.delete("/api/v1/indicators/{id}?version=1", indicator).andExpect(status().isForbidden());
		lead.delete("/api/v1/indicators/{id}?version=1", indicator).andExpect(status().isNoContent());
	}

	@Test
	void aPlanCarriesObjectivesAndItsFrameworksFollowItsProvince() throws Exception {
		long plan = Api.id(officer.post("/api/v1/plans", """
				{"title": "Kế hoạch hợp tác 2025–2030 %s", "yearFrom": 2025, "yearTo": 2030, "localityId": %d,
				 "objectives": ["Mở rộng hợp tác nông nghiệp", "", "Tăng trao đổi thanh niên"]}""".formatted(tag, thaiNguyen))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.objectives.length()").value(2))
			.andExpect(jsonPath("$.ownerProvinceId").value(thaiNguyen)));
		officer.get("/api/v1/plans?q={q}&year=2027", tag).andExpect(jsonPath("$.total").value(1));
		officer.get("/api/v1/plans?q={q}&year=2031", tag).andExpect(jsonPath("$.total").value(0));
		long[] framework = framework(officer, "\"planId\": %d,".formatted(plan));
		officer.get("/api/v1/frameworks/{id}", framework[0])
			.andExpect(jsonPath("$.scope").value("PLAN"))
			.andExpect(jsonPath("$.ownerProvinceId").value(thaiNguyen));
		lead.delete("/api/v1/plans/{id}?version=0", plan).andExpect(status().isConflict());
		Map<String, Object> listed = Api.read(officer.get("/api/v1/frameworks?plan={p}", plan), "$");
		assertThat(listed).containsEntry("total", 1);
	}

}
