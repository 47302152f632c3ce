package vn.hoptac.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class AgreementApiTests {

	@Autowired
	MockMvc mvc;

	Api api;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		gyeongbuk = api.localityId("KR-37");
	}

	private String agreement(String title, String legalBasis, String level, long vnLocality, String signedOn) {
		return """
				{"title": "%s", "kind": "MOU", "legalBasis": "%s", "level": "%s", "signedOn": %s,
				 "fields": ["EDUCATION"],
				 "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "%s"},
				             {"side": "FOREIGN", "localityId": %d, "signatoryName": "Lee Cheol-woo"}]}"""
			.formatted(title, legalBasis, level, signedOn == null ? "null" : "\"" + signedOn + "\"", vnLocality, level,
					gyeongbuk);
	}

	private long create(String title, String vnCode, String signedOn) throws Exception {
		return Api.id(api.post("/api/v1/agreements", agreement(title, "INTERNATIONAL_AGREEMENT", "PROVINCE",
				api.localityId(vnCode), signedOn))
			.andExpect(status().isCreated()));
	}

	private ResultActions act(long id, String type, String date) throws Exception {
		return api.post("/api/v1/agreements/{id}/actions", """
				{"type": "%s", "date": "%s"}""".formatted(type, date), id);
	}

	@Test
	void refusesReservedTreatyNameAtProvinceLevelCitingTheRule() throws Exception {
		long thaiNguyen = api.localityId("VN-19");
		String title = "Hiệp định hợp tác " + UUID.randomUUID();
		int before = Api.read(api.get("/api/v1/agreements"), "$.total");

		api.post("/api/v1/agreements", agreement(title, "INTERNATIONAL_AGREEMENT", "PROVINCE", thaiNguyen, "2024"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Pháp lệnh 33/2007/PL-UBTVQH11")));
		api.in("en").post("/api/v1/agreements", agreement(title, "INTERNATIONAL_AGREEMENT", "AGENCY", thaiNguyen, null))
			.andExpect(jsonPath("$.errors[0].message", containsString("reserved for treaties")));
		String decomposed = Normalizer.normalize("HIỆP ĐỊNH hữu nghị", Normalizer.Form.NFD);
		api.in("ko").post("/api/v1/agreements", agreement(decomposed, "INTERNATIONAL_AGREEMENT", "DISTRICT", thaiNguyen, null))
			.andExpect(jsonPath("$.errors[0].message", containsString("조약에만 쓰는 명칭")));
		api.post("/api/v1/agreements", agreement("Hiep dinh khong dau", "INTERNATIONAL_AGREEMENT", "COMMUNE", thaiNguyen, null))
			.andExpect(status().isBadRequest());

		assertThat((int) Api.read(api.get("/api/v1/agreements"), "$.total")).isEqualTo(before);
	}

	@Test
	void acceptsTreatyNamesForNationalTreatiesOnly() throws Exception {
		long vietnam = api.localityId("VN-01");
		api.post("/api/v1/agreements", agreement("Hiệp định hợp tác khoa học " + UUID.randomUUID(), "TREATY", "NATIONAL",
				vietnam, "1995-05"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.signedPrecision").value("MONTH"));
		api.post("/api/v1/agreements", agreement("Thỏa thuận " + UUID.randomUUID(), "TREATY", "PROVINCE", vietnam, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("legalBasis"));
	}

	@Test
	void computesTheSevenWorkingDayOpinionDeadlineAcrossTet() throws Exception {
		long id = create("Bản ghi nhớ giáo dục " + UUID.randomUUID(), "VN-19", null);
		// Friday 24 Jan 2025; Tết holidays 28 Jan – 1 Feb; seven working days end on Monday 10 Feb.
		act(id, "SENT_FOR_MOFA_OPINION", "2025-01-24").andExpect(status().isCreated())
			.andExpect(jsonPath("$.actions[0].deadline").value("MOFA_OPINION"))
			.andExpect(jsonPath("$.actions[0].dueDate").value("2025-02-10"))
			.andExpect(jsonPath("$.actions[0].overdue").value(true))
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.status").value("SENT_FOR_MOFA_OPINION"));

		act(id, "OPINION_RECEIVED", "2025-02-06").andExpect(jsonPath("$.actions[0].fulfilledOn").value("2025-02-06"))
			.andExpect(jsonPath("$.actions[0].overdue").value(false))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.status").value("OPINION_RECEIVED"));
	}

	@Test
	void flagsAReportToThePrimeMinisterMadeLaterThanFifteenDaysAfterSigning() throws Exception {
		long id = create("Thỏa thuận nông nghiệp " + UUID.randomUUID(), "VN-19", null);
		act(id, "SIGNED", "2024-03-01").andExpect(jsonPath("$.actions[0].dueDate").value("2024-03-16"))
			.andExpect(jsonPath("$.signedOn").value("2024-03-01"));
		act(id, "REPORTED_TO_PM_MOFA", "2024-03-20").andExpect(jsonPath("$.actions[0].fulfilledOn").value("2024-03-20"))
			.andExpect(jsonPath("$.actions[0].overdue").value(true))
			.andExpect(jsonPath("$.actions[1].dueDate").doesNotExist());
	}

	@Test
	void setsNoStatutoryDeadlineBeforeTheLawTookEffect() throws Exception {
		long id = create("Bản ghi nhớ văn hóa " + UUID.randomUUID(), "VN-63-19", null);
		act(id, "SIGNED", "2019-06-10").andExpect(jsonPath("$.actions[0].deadline").doesNotExist())
			.andExpect(jsonPath("$.actions[0].overdue").value(false));
	}

	@Test
	void recentRequestIsNotYetOverdue() throws Exception {
		long id = create("Kế hoạch hợp tác " + UUID.randomUUID(), "VN-19", null);
		act(id, "SENT_FOR_MOFA_OPINION", LocalDate.now().toString())
			.andExpect(jsonPath("$.actions[0].overdue").value(false));
	}

	@Test
	void refusesActionsInTheFuture() throws Exception {
		long id = create("Chương trình hợp tác " + UUID.randomUUID(), "VN-19", null);
		act(id, "SIGNED", LocalDate.now().plusDays(3).toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		api.get("/api/v1/agreements/{id}", id).andExpect(jsonPath("$.actions.length()").value(0));
	}

	@Test
	void rollsUpRecordsOfPredecessorProvinces() throws Exception {
		String marker = "Cuộn lịch sử " + UUID.randomUUID();
		long backan = create(marker + " Bắc Kạn", "VN-63-06", "2012");
		long thaiNguyen = api.localityId("VN-19");
		long langSon = api.localityId("VN-20");

		api.get("/api/v1/agreements?q={q}&locality={l}&size=200", marker, thaiNguyen)
			.andExpect(jsonPath("$.items[*].id", hasItem((int) backan)));
		api.get("/api/v1/agreements?q={q}&locality={l}&yearFrom=2010&yearTo=2015", marker, thaiNguyen)
			.andExpect(jsonPath("$.items[*].id", hasItem((int) backan)));
		api.get("/api/v1/agreements?q={q}&locality={l}", marker, langSon)
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) backan))));
	}

	@Test
	void searchesTitlesAndPartiesIgnoringDiacriticsAndNormalForm() throws Exception {
		String unique = "Trường Đại học Nông Lâm " + UUID.randomUUID();
		long id = create(unique, "VN-19", "2023-09-15");
		String folded = "truong dai hoc nong lam " + unique.substring(unique.length() - 36);
		api.get("/api/v1/agreements?q={q}", folded).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		api.get("/api/v1/agreements?q={q}", Normalizer.normalize(unique, Normalizer.Form.NFD))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		api.get("/api/v1/agreements?q={q}", "gyeongsangbuk " + unique.substring(unique.length() - 36))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
	}

	@Test
	void listsPartiesWithoutTheDetailsOnlyTheDetailCarries() throws Exception {
		String title = "Bản ghi nhớ danh sách " + UUID.randomUUID();
		long id = create(title, "VN-19", "2024-03-01");
		act(id, "SIGNED", "2024-03-01").andExpect(status().isCreated());

		api.get("/api/v1/agreements?q={q}", title)
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].status").value("SIGNED"))
			.andExpect(jsonPath("$.items[0].parties[1].party.code").value("KR-37"))
			.andExpect(jsonPath("$.items[0].parties[1].signatoryName").doesNotExist())
			.andExpect(jsonPath("$.items[0].actions").doesNotExist())
			.andExpect(jsonPath("$.items[0].fields").doesNotExist());
		api.get("/api/v1/agreements/{id}", id)
			.andExpect(jsonPath("$.parties[1].signatoryName").value("Lee Cheol-woo"))
			.andExpect(jsonPath("$.actions[0].type").value("SIGNED"))
			.andExpect(jsonPath("$.fields[0]").value("EDUCATION"))
			.andExpect(jsonPath("$.overdue").value(true)); // not reported within 15 days of signing
	}

	@Test
	void filtersByCountryTypeStatusAndYears() throws Exception {
		String marker = UUID.randomUUID().toString();
		long id = create("Bản ghi nhớ " + marker, "VN-19", "2022-05-04");
		act(id, "SIGNED", "2022-05-04");
		String base = "/api/v1/agreements?q=" + marker;
		api.get(base + "&country=KR&type=MOU&status=SIGNED&yearFrom=2022&yearTo=2022")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20));
		api.get(base + "&country=JP").andExpect(jsonPath("$.total").value(0));
		api.get(base + "&yearFrom=2023").andExpect(jsonPath("$.total").value(0));
		api.get(base + "&status=IN_FORCE").andExpect(jsonPath("$.total").value(0));
		api.get(base + "&field=EDUCATION").andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void refusesStaleUpdatesWithConflict() throws Exception {
		long id = create("Thỏa thuận du lịch " + UUID.randomUUID(), "VN-19", null);
		long thaiNguyen = api.localityId("VN-19");
		String body = agreement("Thỏa thuận du lịch (sửa)", "INTERNATIONAL_AGREEMENT", "PROVINCE", thaiNguyen, null);
		String withVersion0 = body.substring(0, body.lastIndexOf('}')) + ", \"version\": 0}";
		api.put("/api/v1/agreements/{id}", withVersion0, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		api.put("/api/v1/agreements/{id}", withVersion0.replace("(sửa)", "(cũ)"), id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Xung đột chỉnh sửa"));
		api.get("/api/v1/agreements/{id}", id).andExpect(jsonPath("$.title").value("Thỏa thuận du lịch (sửa)"));
	}

	@Test
	void answersUnknownIdsAndBadParametersAsProblems() throws Exception {
		api.in("en").get("/api/v1/agreements/{id}", 987654321)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"));
		api.in("en").get("/api/v1/agreements?type=TREATISE")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		api.in("en").get("/api/v1/agreements?size=1000")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The page size must be between 1 and 200."));
		api.post("/api/v1/agreements", "{not json").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Yêu cầu không đọc được"));
	}

	@Test
	void requiresAVietnameseAndAForeignParty() throws Exception {
		long thaiNguyen = api.localityId("VN-19");
		api.in("en").post("/api/v1/agreements", """
				{"title": "Bản ghi nhớ", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "FOREIGN", "localityId": %d}]}""".formatted(thaiNguyen))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("At least one Vietnamese party is required.")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("parties[0].side")));
		api.in("en").post("/api/v1/agreements", """
				{"title": "Bản ghi nhớ", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}]}""".formatted(thaiNguyen))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("At least one foreign party is required.")));
	}

	@Test
	void deletesAnAgreement() throws Exception {
		long id = create("Biên bản trao đổi " + UUID.randomUUID(), "VN-19", null);
		act(id, "PROPOSED", "2025-03-03");
		api.delete("/api/v1/agreements/{id}", id).andExpect(status().isNoContent());
		api.get("/api/v1/agreements/{id}", id).andExpect(status().isNotFound());
	}

}
