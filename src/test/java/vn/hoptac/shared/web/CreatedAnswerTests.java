package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.delegations.TestRates;
import vn.hoptac.money.ExchangeRates;

/**
 * What a create answers is the record as a read of it answers, for every record type whose API
 * answers from the saved record without reading it back: sets given out of order, amounts and
 * percentages given to fewer places than the database keeps (60 for 60.00), histories given latest
 * first, times taken when the record is saved.
 */
@ApiTest
class CreatedAnswerTests {

	private static final Comparator<JsonNode> BY_KIND_AND_VALUE = (one, other) -> one.isNumber() && other.isNumber()
			? (one.numberType() == other.numberType() && one.decimalValue().compareTo(other.decimalValue()) == 0 ? 0 : 1)
			: one.equals(other) ? 0 : 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ExchangeRates rates;

	/** An administrator writes: every record type's create is open to them. */
	private Api api;

	/** Thái Nguyên and Gyeongsangbuk, the parties of every record made here. */
	private long thaiNguyen, gyeongbuk;

	@ParameterizedTest
	@ValueSource(strings = { "partnerships", "agreements", "delegations", "conferences", "ngos", "exchanges",
			"memberships", "events", "awards", "projects", "forums", "reviews", "policies" })
	void aCreateAnswersTheRecordAsItsReadDoes(String type) throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		gyeongbuk = api.localityId("KR-37");
		// the delegation's and the project's amounts are converted at the rates of 2024
		TestRates.ensure(rates);
		var created = api.post("/api/v1/" + type, body(type)).andReturn().getResponse();
		String answer = created.getContentAsString();
		assertThat(created.getStatus()).as(answer).isEqualTo(201);
		long id = json.readTree(answer).get("id").asLong();
		String read = api.get("/api/v1/" + type + "/" + id)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// numbers by kind and value: a share sent as 60 is kept at the column's scale and answered 60.00, as read
		assertThat(json.readTree(answer).equals(BY_KIND_AND_VALUE, json.readTree(read))).as(answer + "\n" + read).isTrue();
	}

	private String body(String type) throws Exception {
		String unique = UUID.randomUUID().toString();
		return switch (type) {
			case "partnerships" -> partnership(unique);
			case "agreements" -> """
					{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
					 "level": "PROVINCE", "signedOn": "2019-05", "fields": ["TOURISM", "CULTURE", "EDUCATION"],
					 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}],
					 "source": "001_35b6366d42811707.txt §4.3"}"""
				.formatted(unique, thaiNguyen, gyeongbuk);
			case "delegations" -> """
					{"title": "Đoàn %s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d,
					 "foreignLocalityId": %d, "startOn": "2024-03", "size": 12, "sizeQualifier": "ABOUT",
					 "costAmount": 5000000.5, "costCurrency": "KRW", "costBearer": "HOST",
					 "fields": ["TOURISM", "CULTURE"],
					 "followUps": [{"action": "Gửi dự thảo bản ghi nhớ", "dueOn": "2024-06-30"}]}"""
				.formatted(unique, thaiNguyen, gyeongbuk);
			case "conferences" -> """
					{"title": "Hội thảo %s", "kind": "SEMINAR", "vnLocalityId": %d, "foreignLocalityId": %d,
					 "fields": ["TOURISM", "CULTURE"]}"""
				.formatted(unique, thaiNguyen, gyeongbuk);
			case "ngos" -> """
					{"organisationId": %d, "vnLocalityId": %d, "status": "ACTIVE", "fields": ["TOURISM", "CULTURE"]}"""
				.formatted(created("organisations", """
						{"type": "FOREIGN_NGO", "names": {"vi": "Tổ chức %s"}, "country": "KR", "visibility": "PUBLIC"}"""
					.formatted(unique)), thaiNguyen);
			case "exchanges" -> """
					{"title": "Trao đổi %s", "kind": "STUDENTS", "status": "HELD", "vnLocalityId": %d,
					 "foreignLocalityId": %d, "fields": ["TOURISM", "CULTURE"],
					 "counts": [{"direction": "OUTBOUND", "count": 3}, {"direction": "INBOUND", "count": 5}]}"""
				.formatted(unique, thaiNguyen, gyeongbuk);
			case "memberships" -> """
					{"networkOrganisationId": %d, "memberLocalityId": %d, "kind": "MEMBER", "status": "ACTIVE"}"""
				.formatted(created("organisations", """
						{"type": "CITY_NETWORK", "names": {"vi": "Mạng lưới %s"}, "country": "KR", "visibility": "PUBLIC"}"""
					.formatted(unique)), thaiNguyen);
			case "events" -> """
					{"title": "Sự kiện %s", "kind": "FORUM", "vnLocalityId": %d,
					 "figures": [{"measure": "DELEGATES", "valueMin": 400, "valueMax": 800}]}"""
				.formatted(unique, thaiNguyen);
			case "awards" -> """
					{"title": "Giải thưởng %s", "vnLocalityId": %d, "awardedOn": "2019"}""".formatted(unique, thaiNguyen);
			case "projects" -> """
					{"title": "Dự án %s", "modality": "ODA_GRANT", "activityStatus": "2", "vnLocalityId": %d,
					 "actualStart": "2020", "fields": ["TOURISM", "ENVIRONMENT", "CULTURE"],
					 "participants": [{"role": 1, "localityId": %d}, {"role": 4, "localityId": %d}],
					 "sectors": [{"code": "41010", "percentage": 40.0}, {"code": "14050", "percentage": 60}],
					 "sdgTargets": ["11.3", "6.1", "13.2"],
					 "transactions": [{"type": "2", "transactionOn": "2024-03", "amount": 1000000.5, "currency": "KRW"}]}"""
				.formatted(unique, thaiNguyen, gyeongbuk, thaiNguyen);
			case "forums" -> """
					{"title": "Giao ban %s", "kind": "COORDINATION_BRIEFING", "vnLocalityId": %d}"""
				.formatted(unique, thaiNguyen);
			case "reviews" -> """
					{"partnershipId": %d, "kind": "ANNUAL", "periodYear": 2024, "reviewedOn": "2025-01-10",
					 "conclusion": "CONTINUE"}""".formatted(created("partnerships", partnership(unique)));
			default -> """
					{"kind": "CIRCULAR", "number": "%s", "issuingBody": "Bộ Ngoại giao",
					 "title": "Thông tư %s", "issuedOn": "2021-10-28", "inForceOn": "2021-12", "visibility": "PUBLIC"}"""
				.formatted(unique.substring(0, 8), unique);
		};
	}

	/** A partnership whose histories are given latest first and its fields out of order. */
	private String partnership(String unique) {
		return """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "fields": ["TOURISM", "CULTURE", "EDUCATION"],
				 "types": [{"type": "FRIENDSHIP", "date": "2004"}],
				 "statuses": [{"status": "PAUSED", "date": "2020-12"}, {"status": "ACTIVE", "date": "2019-03-02"}]}"""
			.formatted(unique, thaiNguyen, gyeongbuk);
	}

	private long created(String collection, String body) throws Exception {
		return Api.id(api.post("/api/v1/" + collection, body).andExpect(status().isCreated()));
	}

}
