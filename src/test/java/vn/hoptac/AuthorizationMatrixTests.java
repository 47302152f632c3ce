package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every API endpoint against every role: what each may read and change. A record of Thái Nguyên
 * (internal) is the target; a Lạng Sơn officer, a partner and anonymous visitors must be refused,
 * through any path.
 */
@ApiTest
class AuthorizationMatrixTests {

	static final String ANONYMOUS = "anonymous";

	/** Demo accounts and what they stand for. */
	static final List<String> ACTORS = List.of(ANONYMOUS, "admin", "mofa", "thainguyen-lead", "thainguyen", "langson",
			"thainguyen-dpi", "partner");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	Api admin;

	long thaiNguyen;

	long gyeongbuk;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
		daNang = admin.localityId("VN-48");
	}

	private Api as(String actor) {
		return ANONYMOUS.equals(actor) ? new Api(mvc) : new Api(mvc).as(actor);
	}

	private String organisation() {
		return organisation(thaiNguyen);
	}

	private String partnership() {
		return partnership(thaiNguyen);
	}

	private String agreement() {
		return agreement(thaiNguyen);
	}

	/** A Vietnamese organisation seated in the locality (so kept by its province). */
	private String organisation(long locality) {
		return """
				{"type": "BUSINESS", "names": {"vi": "Công ty %s"}, "country": "VN", "localityId": %d}"""
			.formatted(UUID.randomUUID(), locality);
	}

	/** A partnership of the Vietnamese locality with Gyeongsangbuk. */
	private String partnership(long vnLocality) {
		return """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true}"""
			.formatted(UUID.randomUUID(), vnLocality, gyeongbuk);
	}

	/** An agreement of the Vietnamese locality with Gyeongsangbuk. */
	private String agreement(long vnLocality) {
		return """
				{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), vnLocality, gyeongbuk);
	}

	/** A delegation from Gyeongsangbuk received by the Vietnamese locality. */
	private String delegation(long vnLocality) {
		return """
				{"title": "Đoàn %s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(UUID.randomUUID(), vnLocality, gyeongbuk);
	}

	/** A conference hosted by Thái Nguyên with Gyeongsangbuk. */
	private String conference() {
		return """
				{"title": "Hội thảo %s", "kind": "SEMINAR", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk);
	}

	/** Thái Nguyên's file on a new foreign NGO (one file per NGO and province). */
	private String ngoFile() {
		try {
			long ngo = createdByAdmin("organisations", """
					{"type": "FOREIGN_NGO", "names": {"vi": "Tổ chức %s"}, "country": "KR", "visibility": "PUBLIC"}"""
				.formatted(UUID.randomUUID()));
			return """
					{"organisationId": %d, "vnLocalityId": %d, "status": "ACTIVE"}""".formatted(ngo, thaiNguyen);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An exchange, membership (of a public city network), event or award of the Vietnamese locality. */
	private String flowRecord(String collection, long vnLocality) {
		return switch (collection) {
			case "exchanges" -> """
					{"title": "Trao đổi %s", "kind": "STUDENTS", "status": "HELD", "vnLocalityId": %d,
					 "foreignLocalityId": %d, "counts": [{"direction": "OUTBOUND", "count": 3}]}"""
				.formatted(UUID.randomUUID(), vnLocality, gyeongbuk);
			case "memberships" -> """
					{"networkOrganisationId": %d, "memberLocalityId": %d, "kind": "MEMBER", "status": "ACTIVE"}"""
				.formatted(cityNetwork(), vnLocality);
			case "events" -> """
					{"title": "Sự kiện %s", "kind": "FORUM", "vnLocalityId": %d,
					 "figures": [{"measure": "DELEGATES", "valueMin": 400, "valueMax": 800}]}"""
				.formatted(UUID.randomUUID(), vnLocality);
			case "forums" -> """
					{"title": "Giao ban %s", "kind": "COORDINATION_BRIEFING", "vnLocalityId": %d}"""
				.formatted(UUID.randomUUID(), vnLocality);
			default -> """
					{"title": "Giải thưởng %s", "vnLocalityId": %d, "awardedOn": "2019"}"""
				.formatted(UUID.randomUUID(), vnLocality);
		};
	}

	private Long cityNetwork;

	/** A public city network, created once, that memberships can name. */
	private long cityNetwork() {
		if (cityNetwork == null) {
			try {
				cityNetwork = createdByAdmin("organisations", """
						{"type": "CITY_NETWORK", "names": {"vi": "Mạng lưới %s"}, "country": "KR", "visibility": "PUBLIC"}"""
					.formatted(UUID.randomUUID()));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return cityNetwork;
	}

	/** A project of the Vietnamese locality funded by Gyeongsangbuk. */
	/** A cooperation plan or results framework of a province. */
	private String monitoringRecord(String collection, long province) {
		return "plans".equals(collection) ? """
				{"title": "Kế hoạch %s", "yearFrom": 2025, "yearTo": 2030, "localityId": %d}""".formatted(UUID.randomUUID(), province)
				: """
						{"title": "Khung %s", "localityId": %d, "results": [{"level": "OUTPUT", "title": "Đầu ra"}]}"""
					.formatted(UUID.randomUUID(), province);
	}

	/** An annual review of a new partnership of the Vietnamese locality. */
	private String review(long vnLocality) {
		try {
			return """
					{"partnershipId": %d, "kind": "ANNUAL", "periodYear": 2024, "reviewedOn": "2025-01-10",
					 "conclusion": "CONTINUE"}""".formatted(createdByAdmin("partnerships", partnership(vnLocality)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String project(long vnLocality) {
		return """
				{"title": "Dự án %s", "modality": "PARTNER_LOCALITY_GRANT", "vnLocalityId": %d,
				 "participants": [{"role": 1, "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), vnLocality, gyeongbuk);
	}

	private String locality() {
		return """
				{"code": "TEST-%s", "country": "JP", "level": "CITY", "names": {"vi": "Thành phố thử"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8));
	}

	private String user() {
		return """
				{"username": "u%s", "displayName": "Người dùng thử", "role": "PARTNER", "password": "mat-khau-2026"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8));
	}

	private long createdByAdmin(String collection, String body) throws Exception {
		return createdBy("admin", collection, body);
	}

	private long createdBy(String actor, String collection, String body) throws Exception {
		return Api.id(as(actor).post("/api/v1/" + collection, body)
			.andExpect(status().isCreated()));
	}


	@Test
	void everyEndpointAnswersEveryRoleAsItShould() throws Exception {
		Map<String, Case> cases = new LinkedHashMap<>();
		//                                         anon  admin mofa  lead  tn    ls    dpi   partner
		cases.put("GET localities", new Case(null, (api, id) -> api.get("/api/v1/localities?q=seoul").andReturn(),
				200, 200, 200, 200, 200, 200, 200, 200));
		cases.put("GET locality", new Case(null, (api, id) -> api.get("/api/v1/localities/{id}", thaiNguyen).andReturn(),
				200, 200, 200, 200, 200, 200, 200, 200));
		cases.put("POST locality", new Case(null, (api, id) -> api.post("/api/v1/localities", locality()).andReturn(),
				401, 201, 403, 201, 201, 201, 403, 403));
		cases.put("PUT locality", new Case(() -> createdByAdmin("localities", locality()),
				(api, id) -> api.put("/api/v1/localities/{id}", """
						{"country": "JP", "level": "CITY", "names": {"vi": "Đổi tên"}}""", id).andReturn(),
				401, 200, 403, 403, 403, 403, 403, 403));
		cases.put("DELETE locality", new Case(() -> createdByAdmin("localities", locality()),
				(api, id) -> api.delete("/api/v1/localities/{id}", id).andReturn(), 401, 204, 403, 403, 403, 403, 403,
				403));
		cases.put("GET feedback", new Case(null, (api, id) -> api.get("/api/v1/feedback").andReturn(), 401, 200, 200, 200, 200, 200, 200, 200));
		cases.put("GET Thái Nguyên feedback", new Case(() -> vn.hoptac.feedback.FeedbackFixture.submitted(mvc), (api, id) -> api.get("/api/v1/feedback/{id}", id).andReturn(), 401, 200, 200, 200, 200, 403, 200, 403));
		for (String collection : List.of("organisations", "partnerships", "agreements", "delegations", "conferences",
				"ngos", "exchanges", "memberships", "events", "awards", "projects", "plans", "frameworks", "forums", "reviews")) {
			Supplier<String> body = switch (collection) {
				case "plans", "frameworks" -> () -> monitoringRecord(collection, thaiNguyen);
				case "reviews" -> () -> review(thaiNguyen);
				case "organisations" -> this::organisation;
				case "partnerships" -> this::partnership;
				case "delegations" -> () -> delegation(thaiNguyen);
				case "conferences" -> this::conference;
				case "ngos" -> this::ngoFile;
				case "exchanges", "memberships", "events", "awards", "forums" -> () -> flowRecord(collection, thaiNguyen);
				case "projects" -> () -> project(thaiNguyen);
				default -> this::agreement;
			};
			cases.put("GET " + collection, new Case(null, (api, id) -> api.get("/api/v1/" + collection).andReturn(),
					200, 200, 200, 200, 200, 200, 200, 200));
			cases.put("GET internal Thái Nguyên " + collection, new Case(() -> createdByAdmin(collection, body.get()),
					(api, id) -> api.get("/api/v1/" + collection + "/{id}", id).andReturn(),
					401, 200, 200, 200, 200, 403, 200, 403));
			cases.put("POST " + collection + " for Thái Nguyên", new Case(null,
					(api, id) -> api.post("/api/v1/" + collection, body.get()).andReturn(),
					// a review of a partnership the writer cannot read names an unknown partnership
					401, 201, 403, 201, 201, "reviews".equals(collection) ? 400 : 403, 201, 403));
			cases.put("PUT Thái Nguyên " + collection, new Case(() -> createdByAdmin(collection, body.get()),
					(api, id) -> api.put("/api/v1/" + collection + "/{id}", body.get(), id).andReturn(),
					401, 200, 403, 200, 200, 403, 403, 403));
			cases.put("DELETE Thái Nguyên " + collection, new Case(() -> createdByAdmin(collection, body.get()),
					(api, id) -> api.delete("/api/v1/" + collection + "/{id}", id).andReturn(),
					// organisations: every writer of the province; partnerships and agreements: administrators only
					401, 204, 403, 204, "organisations".equals(collection) ? 204 : 403, 403, 403, 403));
		}
		cases.put("POST action", new Case(() -> createdByAdmin("agreements", agreement()),
				(api, id) -> api.post("/api/v1/agreements/{id}/actions", """
						{"type": "SENT_FOR_MOFA_OPINION", "date": "2025-03-03"}""", id).andReturn(),
				401, 201, 403, 201, 201, 403, 403, 403));
		cases.put("POST approval", new Case(() -> createdByAdmin("agreements", agreement()),
				(api, id) -> api.post("/api/v1/agreements/{id}/actions", """
						{"type": "POLICY_APPROVED", "date": "2025-03-03"}""", id).andReturn(),
				401, 201, 403, 201, 403, 403, 403, 403));
		cases.put("GET audit", new Case(null, (api, id) -> api.get("/api/v1/audit").andReturn(),
				401, 200, 200, 403, 403, 403, 403, 403));
		cases.put("GET users", new Case(null, (api, id) -> api.get("/api/v1/users").andReturn(),
				401, 200, 403, 403, 403, 403, 403, 403));
		cases.put("GET user", new Case(() -> createdByAdmin("users", user()),
				(api, id) -> api.get("/api/v1/users/{id}", id).andReturn(), 401, 200, 403, 403, 403, 403, 403, 403));
		cases.put("POST user", new Case(null, (api, id) -> api.post("/api/v1/users", user()).andReturn(),
				401, 201, 403, 403, 403, 403, 403, 403));
		cases.put("PUT user", new Case(() -> createdByAdmin("users", user()),
				(api, id) -> api.put("/api/v1/users/{id}", """
						{"displayName": "Đổi tên", "role": "PARTNER"}""", id).andReturn(),
				401, 200, 403, 403, 403, 403, 403, 403));
		cases.put("POST user password reset", new Case(() -> createdByAdmin("users", user()),
				(api, id) -> api.post("/api/v1/users/{id}/password", """
						{"password": "tam-thoi-2026"}""", id).andReturn(),
				401, 204, 403, 403, 403, 403, 403, 403));
		cases.put("GET exchange rates", new Case(null, (api, id) -> api.get("/api/v1/exchange-rates").andReturn(),
				200, 200, 200, 200, 200, 200, 200, 200));
		cases.put("POST exchange rates", new Case(null, (api, id) -> api.post("/api/v1/exchange-rates",
				org.springframework.http.MediaType.valueOf("text/csv"),
				"currency,year,vnd_per_unit,kind,source\nJPY,1905,1.5,ANNUAL_AVERAGE,authorization matrix\n").andReturn(),
				401, 200, 403, 403, 403, 403, 403, 403));
		// policy documents: national records that national analysts and administrators write and every signed-in reader reads
		String policy = """
				{"kind": "DECREE", "number": "107/2020/NĐ-CP", "title": "Nghị định ma trận quyền", "issuedOn": "2020-09-14", "visibility": "INTERNAL"}""";
		cases.put("GET policies", new Case(null, (api, id) -> api.get("/api/v1/policies").andReturn(), 200, 200, 200, 200, 200, 200, 200, 200));
		cases.put("GET internal policy", new Case(() -> createdByAdmin("policies", policy), (api, id) -> api.get("/api/v1/policies/{id}", id).andReturn(), 401, 200, 200, 200, 200, 200, 200, 200));
		cases.put("POST policy", new Case(null, (api, id) -> api.post("/api/v1/policies", policy).andReturn(), 401, 201, 201, 403, 403, 403, 403, 403));
		cases.put("PUT policy", new Case(() -> createdByAdmin("policies", policy), (api, id) -> api.put("/api/v1/policies/{id}", policy, id).andReturn(), 401, 200, 200, 403, 403, 403, 403, 403));
		cases.put("DELETE policy", new Case(() -> createdByAdmin("policies", policy), (api, id) -> api.delete("/api/v1/policies/{id}", id).andReturn(), 401, 204, 403, 403, 403, 403, 403, 403));
		cases.put("GET reminders", new Case(null, (api, id) -> api.get("/api/v1/reminders").andReturn(),
				401, 200, 200, 200, 200, 200, 200, 200));
		cases.put("GET outbox", new Case(null, (api, id) -> api.get("/api/v1/admin/outbox").andReturn(),
				401, 200, 403, 403, 403, 403, 403, 403));
		cases.put("GET own tokens", new Case(null, (api, id) -> api.get("/api/v1/account/tokens").andReturn(),
				401, 200, 200, 200, 200, 200, 200, 200));
		cases.put("POST own token", new Case(null, (api, id) -> api.post("/api/v1/account/tokens", """
				{"name": "thử"}""").andReturn(), 401, 201, 201, 201, 201, 201, 201, 201));
		cases.put("DELETE own token", new Case(null, (api, id) -> {
			var issued = api.post("/api/v1/account/tokens", """
					{"name": "thu hồi"}""").andReturn();
			Object tokenId = issued.getResponse().getStatus() == 201
					? com.jayway.jsonpath.JsonPath.read(issued.getResponse().getContentAsString(), "$.id") : 0;
			return api.delete("/api/v1/account/tokens/{id}", tokenId).andReturn();
		}, 401, 204, 204, 204, 204, 204, 204, 204));

		cases.put("GET Thái Nguyên report", new Case(null, (api, id) -> api.get("/api/v1/reports/annual?province=VN-19&year=2020").andReturn(), 401, 200, 200, 200, 200, 403, 200, 403));
		cases.put("PUT Thái Nguyên report text", new Case(this::reportDraft, (api, year) -> api.put("/api/v1/reports/annual/text", reportOf(year, "\"problems\": \"x\"")).andReturn(), 401, 200, 403, 200, 200, 403, 403, 403));
		cases.put("POST Thái Nguyên report submission", new Case(this::reportDraft, (api, year) -> api.post("/api/v1/reports/annual/submissions", reportOf(year, null)).andReturn(), 401, 200, 403, 200, 403, 403, 403, 403));
		cases.put("GET national report", new Case(null, (api, id) -> api.get("/api/v1/reports/national?year=2020").andReturn(), 401, 200, 200, 403, 403, 403, 403, 403));
		assertThat(mismatches(cases)).isEmpty();
	}

	private int reportYear = 1950;

	/** A year whose Thái Nguyên annual report is a fresh draft (no version asked: the next one after any submitted). */
	private long reportDraft() throws Exception {
		int year = reportYear++;
		admin.put("/api/v1/reports/annual/text", reportOf(year, "\"summary\": \"" + UUID.randomUUID() + "\""))
			.andExpect(status().isOk());
		return year;
	}

	private static String reportOf(long year, String field) {
		return "{\"province\": \"VN-19\", \"year\": " + year + (field == null ? "" : ", " + field) + "}";
	}

	/** Each case as each actor, on a fresh target when the case has one: the answers that differ from the expected. */
	private List<String> mismatches(Map<String, Case> cases) throws Exception {
		List<String> mismatches = new ArrayList<>();
		for (var entry : cases.entrySet()) {
			Case c = entry.getValue();
			for (int i = 0; i < ACTORS.size(); i++) {
				String actor = ACTORS.get(i);
				Long target = c.target() == null ? null : c.target().create();
				int status = c.call().perform(as(actor), target).getResponse().getStatus();
				if (status != c.expected()[i]) {
					mismatches.add(entry.getKey() + " as " + actor + ": expected " + c.expected()[i] + ", got " + status);
				}
			}
		}
		return mismatches;
	}

	/**
	 * Creating a record kept by another province, moving a record there by an update, or changing
	 * one that is kept there: only an administrator may, whatever the role of the others.
	 */
	@Test
	void writesOutsideTheWritersProvinceAreRefusedForEveryRole() throws Exception {
		Map<String, Case> cases = new LinkedHashMap<>();
		for (String collection : List.of("organisations", "partnerships", "agreements", "delegations", "exchanges",
				"memberships", "events", "awards", "projects", "plans", "frameworks", "forums")) {
			LongFunction<String> body = switch (collection) {
				case "plans", "frameworks" -> locality -> monitoringRecord(collection, locality);
				case "organisations" -> this::organisation;
				case "partnerships" -> this::partnership;
				case "delegations" -> this::delegation;
				case "exchanges", "memberships", "events", "awards", "forums" -> locality -> flowRecord(collection, locality);
				case "projects" -> this::project;
				default -> this::agreement;
			};
			String path = "/api/v1/" + collection + "/{id}";
			//                                                                anon  admin mofa  lead  tn    ls    dpi   partner
			cases.put("POST " + collection + " for Đà Nẵng", new Case(null,
					(api, id) -> api.post("/api/v1/" + collection, body.apply(daNang)).andReturn(),
					401, 201, 403, 403, 403, 403, 403, 403));
			cases.put("PUT Thái Nguyên " + collection + " moved to Đà Nẵng",
					new Case(() -> createdByAdmin(collection, body.apply(thaiNguyen)),
							(api, id) -> api.put(path, body.apply(daNang), id).andReturn(),
							401, 200, 403, 403, 403, 403, 403, 403));
			cases.put("PUT the unit's own " + collection + " kept in Thái Nguyên",
					new Case(() -> createdBy("thainguyen-dpi", collection, body.apply(thaiNguyen)),
							(api, id) -> api.put(path, body.apply(thaiNguyen), id).andReturn(),
							401, 200, 403, 200, 200, 403, 200, 403));
			cases.put("PUT the unit's own " + collection + " moved to Đà Nẵng",
					new Case(() -> createdBy("thainguyen-dpi", collection, body.apply(thaiNguyen)),
							(api, id) -> api.put(path, body.apply(daNang), id).andReturn(),
							401, 200, 403, 403, 403, 403, 403, 403));
			cases.put("PUT Đà Nẵng " + collection + " moved to Thái Nguyên",
					new Case(() -> createdByAdmin(collection, body.apply(daNang)),
							(api, id) -> api.put(path, body.apply(thaiNguyen), id).andReturn(),
							401, 200, 403, 403, 403, 403, 403, 403));
			cases.put("DELETE Đà Nẵng " + collection, new Case(() -> createdByAdmin(collection, body.apply(daNang)),
					(api, id) -> api.delete(path, id).andReturn(), 401, 204, 403, 403, 403, 403, 403, 403));
		}
		cases.put("POST action on a Đà Nẵng agreement", new Case(() -> createdByAdmin("agreements", agreement(daNang)),
				(api, id) -> api.post("/api/v1/agreements/{id}/actions", """
						{"type": "SENT_FOR_MOFA_OPINION", "date": "2025-03-03"}""", id).andReturn(),
				401, 201, 403, 403, 403, 403, 403, 403));
		cases.put("POST action on the unit's own agreement",
				new Case(() -> createdBy("thainguyen-dpi", "agreements", agreement(thaiNguyen)),
						(api, id) -> api.post("/api/v1/agreements/{id}/actions", """
								{"type": "SENT_FOR_MOFA_OPINION", "date": "2025-03-03"}""", id).andReturn(),
						401, 201, 403, 201, 201, 403, 201, 403));
		cases.put("POST Vietnamese locality in Thái Nguyên", new Case(null,
				(api, id) -> api.post("/api/v1/localities", vietnameseLocality("VN-19")).andReturn(),
				401, 201, 403, 201, 201, 403, 403, 403));
		cases.put("POST Vietnamese locality in Đà Nẵng", new Case(null,
				(api, id) -> api.post("/api/v1/localities", vietnameseLocality("VN-48")).andReturn(),
				401, 201, 403, 403, 403, 403, 403, 403));
		cases.put("POST Vietnamese province", new Case(null,
				(api, id) -> api.post("/api/v1/localities", vietnameseLocality(null)).andReturn(),
				401, 201, 403, 403, 403, 403, 403, 403));
		assertThat(mismatches(cases)).isEmpty();
	}

	/** A commune under the province of this code, or without one a former province (top level, long gone). */
	private String vietnameseLocality(String provinceCode) {
		String code = "VN-TEST-" + UUID.randomUUID().toString().substring(0, 8);
		return provinceCode != null ? """
				{"code": "%s", "country": "VN", "level": "COMMUNE", "parentCode": "%s", "names": {"vi": "Xã thử"}}"""
			.formatted(code, provinceCode) : """
				{"code": "%s", "country": "VN", "level": "PROVINCE", "names": {"vi": "Tỉnh thử"},
				 "validFrom": "1950-01-01", "validTo": "1950-12-31"}""".formatted(code);
	}

	/** An id no record has. */
	static final long UNKNOWN = 987_654_321L;

	/**
	 * A write naming a record its writer may not read (another province's internal organisation or
	 * partnership) gets exactly the answer of one naming an id that does not exist: same status,
	 * same problem, same field and message, numbers aside.
	 */
	@Test
	void referencesToUnreadableRecordsAreAnsweredLikeUnknownIds() throws Exception {
		long foreignBody = createdBy("danang", "organisations", """
				{"type": "FOREIGN_NGO", "names": {"vi": "Tổ chức nội bộ Đà Nẵng %s"}, "country": "KR", "localityId": %d}"""
			.formatted(UUID.randomUUID(), gyeongbuk));
		long vietnameseBody = createdBy("danang", "organisations", organisation(daNang));
		long daNangPartnership = createdBy("danang", "partnerships", partnership(daNang));
		Map<String, ReferenceCase> cases = new LinkedHashMap<>(); // expected: anon admin mofa lead tn ls dpi partner
		cases.put("POST partnership with another province's internal foreign party", new ReferenceCase(null,
				(api, id, ref) -> api.post("/api/v1/partnerships", """
						{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignOrganisationId": %d, "duplicateIntended": true}"""
					.formatted(UUID.randomUUID(), thaiNguyen, ref)), foreignBody,
				401, 201, 403, 400, 400, 400, 400, 403));
		cases.put("POST partnership with another province's internal Vietnamese party", new ReferenceCase(null,
				(api, id, ref) -> api.post("/api/v1/partnerships", """
						{"title": "Quan hệ %s", "level": "PROVINCE", "vnOrganisationId": %d, "foreignLocalityId": %d, "duplicateIntended": true}"""
					.formatted(UUID.randomUUID(), ref, gyeongbuk)), vietnameseBody,
				401, 201, 403, 400, 400, 400, 400, 403));
		cases.put("POST agreement with another province's internal party", new ReferenceCase(null,
				(api, id, ref) -> api.post("/api/v1/agreements", agreementWithForeignBody(ref)), foreignBody,
				401, 201, 403, 400, 400, 400, 400, 403));
		cases.put("POST agreement linked to another province's internal partnership", new ReferenceCase(null,
				(api, id, ref) -> api.post("/api/v1/agreements", agreementLinkedTo(ref)), daNangPartnership,
				401, 201, 403, 400, 400, 400, 400, 403));
		cases.put("PUT partnership with another province's internal foreign party",
				new ReferenceCase(() -> createdByAdmin("partnerships", partnership()),
						(api, id, ref) -> api.put("/api/v1/partnerships/{id}", """
								{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignOrganisationId": %d, "duplicateIntended": true}"""
							.formatted(UUID.randomUUID(), thaiNguyen, ref), id), foreignBody,
						401, 200, 403, 400, 400, 403, 403, 403));
		cases.put("PUT agreement with another province's internal party",
				new ReferenceCase(() -> createdByAdmin("agreements", agreement()),
						(api, id, ref) -> api.put("/api/v1/agreements/{id}", agreementWithForeignBody(ref), id),
						foreignBody, 401, 200, 403, 400, 400, 403, 403, 403));
		cases.put("PUT agreement linked to another province's internal partnership",
				new ReferenceCase(() -> createdByAdmin("agreements", agreement()),
						(api, id, ref) -> api.put("/api/v1/agreements/{id}", agreementLinkedTo(ref), id),
						daNangPartnership, 401, 200, 403, 400, 400, 403, 403, 403));

		List<String> mismatches = new ArrayList<>();
		for (var entry : cases.entrySet()) {
			ReferenceCase c = entry.getValue();
			for (int i = 0; i < ACTORS.size(); i++) {
				String actor = ACTORS.get(i);
				var unreadable = c.call().perform(as(actor), c.target() == null ? null : c.target().create(),
						c.unreadable()).andReturn().getResponse();
				var unknown = c.call().perform(as(actor), c.target() == null ? null : c.target().create(), UNKNOWN)
					.andReturn()
					.getResponse();
				String what = entry.getKey() + " as " + actor;
				if (unreadable.getStatus() != c.expected()[i]) {
					mismatches.add(what + ": expected " + c.expected()[i] + ", got " + unreadable.getStatus());
				}
				// the administrator reads every record: only the others must not tell the two apart
				if (!"admin".equals(actor) && !withoutNumbers(unreadable.getContentAsString())
					.equals(withoutNumbers(unknown.getContentAsString()))) {
					mismatches.add(what + ": answered " + unreadable.getContentAsString() + " but for an unknown id "
							+ unknown.getContentAsString());
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private String agreementWithForeignBody(long organisationId) {
		return """
				{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "organisationId": %d}]}"""
			.formatted(UUID.randomUUID(), thaiNguyen, organisationId);
	}

	private String agreementLinkedTo(long partnershipId) {
		return agreement().replace("\"level\"", "\"partnershipId\": " + partnershipId + ", \"level\"");
	}

	/** The ids in an answer (and numbers as the language writes them) do not tell records apart. */
	private static String withoutNumbers(String body) {
		return body.replaceAll("\\d[\\d.,\\u00a0]*", "#");
	}

	/**
	 * Records whose parties imply no province (a foreign seat, a national body as the Vietnamese
	 * party) stay with the province that keeps them, whoever edits them.
	 */
	@Test
	void anEditKeepsTheOwnerProvinceWhenThePartiesImplyNone() throws Exception {
		Api officer = as("thainguyen");
		String foreignSeated = """
				{"type": "FOREIGN_NGO", "names": {"vi": "Tổ chức %s"}, "country": "KR", "localityId": %d}"""
			.formatted(UUID.randomUUID(), gyeongbuk);
		long organisation = createdBy("thainguyen", "organisations", foreignSeated);
		admin.put("/api/v1/organisations/{id}", foreignSeated, organisation)
			.andExpect(jsonPath("$.ownerProvinceId")
				.value(thaiNguyen));
		officer.put("/api/v1/organisations/{id}", foreignSeated, organisation)
			.andExpect(status().isOk());

		long nationalBody = createdByAdmin("organisations", """
				{"type": "MINISTRY", "names": {"vi": "Bộ %s"}, "country": "VN", "visibility": "PUBLIC"}"""
			.formatted(UUID.randomUUID()));
		String withNationalBody = """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnOrganisationId": %d, "foreignLocalityId": %d, "duplicateIntended": true}"""
			.formatted(UUID.randomUUID(), nationalBody, gyeongbuk);
		long partnership = createdBy("thainguyen", "partnerships", withNationalBody);
		admin.put("/api/v1/partnerships/{id}", withNationalBody, partnership)
			.andExpect(jsonPath("$.ownerProvinceId")
				.value(thaiNguyen));
		officer.put("/api/v1/partnerships/{id}", withNationalBody, partnership)
			.andExpect(status().isOk());

		// a party that implies a province moves the record there; one that implies none does not move it back
		long moved = createdBy("thainguyen", "partnerships", partnership(thaiNguyen));
		admin.put("/api/v1/partnerships/{id}", partnership(daNang), moved);
		admin.put("/api/v1/partnerships/{id}", withNationalBody, moved)
			.andExpect(jsonPath("$.ownerProvinceId")
				.value(daNang));
	}

	/** The page forms go through the same services: the same refusals as the API, and nothing written. */
	@Test
	void pageFormsRefuseWritesOutsideTheWritersProvince() throws Exception {
		String marker = "Ngoài tỉnh " + UUID.randomUUID();
		var forbidden = status().isForbidden();
		mvc.perform(page("thainguyen-dpi", "/organisations").param("type", "BUSINESS")
			.param("names.vi", marker)
			.param("country", "VN")
			.param("localityId", String.valueOf(daNang))
			.param("visibility", "INTERNAL")).andExpect(forbidden);
		long organisation = createdBy("thainguyen-dpi", "organisations", organisation(thaiNguyen));
		mvc.perform(page("thainguyen-dpi", "/organisations/{id}", organisation).param("type", "BUSINESS")
			.param("names.vi", marker)
			.param("country", "VN")
			.param("localityId", String.valueOf(daNang))
			.param("visibility", "INTERNAL")).andExpect(forbidden);

		mvc.perform(partnershipForm(page("thainguyen-dpi", "/partnerships"), marker, daNang)).andExpect(forbidden);
		long partnership = createdBy("thainguyen-dpi", "partnerships", partnership(thaiNguyen));
		mvc.perform(partnershipForm(page("thainguyen-dpi", "/partnerships/{id}/edit", partnership), marker, daNang))
			.andExpect(forbidden);
		mvc.perform(partnershipForm(page("thainguyen", "/partnerships/{id}/edit", partnership), marker, daNang))
			.andExpect(forbidden);

		mvc.perform(agreementForm(page("thainguyen-dpi", "/agreements"), marker, "locality:" + daNang))
			.andExpect(forbidden);
		long agreement = createdBy("thainguyen-dpi", "agreements", agreement(thaiNguyen));
		mvc.perform(agreementForm(page("thainguyen-dpi", "/agreements/{id}/edit", agreement), marker,
				"locality:" + daNang)).andExpect(forbidden);

		for (String collection : List.of("organisations", "partnerships", "agreements")) {
			assertThat((Integer) Api.read(admin.get("/api/v1/" + collection + "?q={q}", marker), "$.total"))
				.as(collection)
				.isZero();
		}
	}

	/**
	 * A refused form names an unreadable record as it would an unknown id: the same message on the
	 * same field, and nowhere its name.
	 */
	@Test
	void refusedFormsDoNotShowTheNameOfAnUnreadableRecord() throws Exception {
		String name = "Tổ chức nội bộ Đà Nẵng " + UUID.randomUUID();
		long hidden = createdBy("danang", "organisations", """
				{"type": "FOREIGN_NGO", "names": {"vi": "%s"}, "country": "KR", "localityId": %d}""".formatted(name, gyeongbuk));
		String unknownMessage = "Không tồn tại bản ghi được tham chiếu";
		for (long party : new long[] { hidden, UNKNOWN }) {
			String partnershipPage = html(partnershipForm(page("thainguyen", "/partnerships"), "Quan hệ thử",
					thaiNguyen, "foreignParty", "organisation:" + party, "foreignPartyCode", "", "level", ""));
			assertThat(partnershipPage).as("partnership form naming " + party)
				.contains("name=\"foreignParty\"", unknownMessage)
				.doesNotContain(name);
			String agreementPage = html(agreementForm(page("thainguyen", "/agreements"), "", "locality:" + thaiNguyen,
					"parties[1].party", "organisation:" + party, "parties[1].partyCode", ""));
			assertThat(agreementPage).as("agreement form naming " + party).contains(unknownMessage).doesNotContain(name);
		}
	}

	/**
	 * A record may not be shared more widely than an organisation it names, even one its writer may
	 * read: its page would show the organisation's name to readers from whom it is hidden.
	 */
	@Test
	void aRecordIsNotSharedMoreWidelyThanTheOrganisationsItNames() throws Exception {
		Api officer = as("thainguyen");
		long internalBody = createdBy("thainguyen", "organisations", organisation(thaiNguyen));
		String partnership = """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnOrganisationId": %d, "foreignLocalityId": %d,
				 "visibility": "%s", "duplicateIntended": true}""";
		String agreement = """
				{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "organisationId": %d}, {"side": "FOREIGN", "localityId": %d}],
				 "visibility": "%s"}""";
		for (String visibility : List.of("PUBLIC", "PARTNER")) {
			officer.post("/api/v1/partnerships", partnership.formatted(UUID.randomUUID(), internalBody, gyeongbuk, visibility))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field")
					.value("vnOrganisationId"));
			officer.post("/api/v1/agreements", agreement.formatted(UUID.randomUUID(), internalBody, gyeongbuk, visibility))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field")
					.value("parties[0].organisationId"));
		}
		long own = createdBy("thainguyen", "partnerships",
				partnership.formatted(UUID.randomUUID(), internalBody, gyeongbuk, "INTERNAL"));
		officer.put("/api/v1/partnerships/{id}",
				partnership.formatted(UUID.randomUUID(), internalBody, gyeongbuk, "PUBLIC"), own)
			.andExpect(status().isBadRequest());
		createdBy("thainguyen", "agreements", agreement.formatted(UUID.randomUUID(), internalBody, gyeongbuk, "INTERNAL"));
	}

	/** A page form posted in a signed-in session, in Vietnamese. */
	private MockHttpServletRequestBuilder page(String username,
			String path, Object... vars) {
		return post(path, vars)
			.param("lang", "vi")
			.with(new SignedInAs(userDetails).user(username))
			.with(csrf());
	}

	private String html(MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A partnership form of the Vietnamese locality with Gyeongsangbuk; pairs of {@code name, value} replace fields. */
	private MockHttpServletRequestBuilder partnershipForm(
			MockHttpServletRequestBuilder request, String title,
			long vnLocality, String... changes) {
		return form(request, changes, "title", title, "level", "PROVINCE", "vnParty", "locality:" + vnLocality,
				"foreignPartyCode", "KR-37", "visibility", "INTERNAL");
	}

	/** An agreement form of the Vietnamese party with Gyeongsangbuk; pairs of {@code name, value} replace fields. */
	private MockHttpServletRequestBuilder agreementForm(
			MockHttpServletRequestBuilder request, String title,
			String vnParty, String... changes) {
		return form(request, changes, "title", title, "kind", "MOU", "legalBasis", "INTERNATIONAL_AGREEMENT", "level",
				"PROVINCE", "visibility", "INTERNAL", "parties[0].side", "VN", "parties[0].party", vnParty,
				"parties[1].side", "FOREIGN", "parties[1].partyCode", "KR-37");
	}

	private static MockHttpServletRequestBuilder form(
			MockHttpServletRequestBuilder request, String[] changes,
			String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String[] pairs : List.of(fields, changes)) {
			for (int i = 0; i + 1 < pairs.length; i += 2) {
				values.put(pairs[i], pairs[i + 1]);
			}
		}
		values.forEach(request::param);
		return request;
	}

	@Test
	void departmentFocalOfficialChangesOnlyTheirUnitsRecords() throws Exception {
		Api focal = new Api(mvc).as("thainguyen-dpi");
		long own = Api.id(focal.post("/api/v1/partnerships", partnership()));
		focal.put("/api/v1/partnerships/{id}", partnership(), own)
			.andExpect(status().isOk());
		long provinces = createdByAdmin("partnerships", partnership());
		focal.put("/api/v1/partnerships/{id}", partnership(), provinces)
			.andExpect(status().isForbidden());
		// the province's officers may change the unit's record too
		new Api(mvc).as("thainguyen").put("/api/v1/partnerships/{id}", partnership(), own)
			.andExpect(status().isOk());
	}

	@Test
	void listsHideOtherProvincesInternalRecordsButShowSharedOnes() throws Exception {
		String marker = UUID.randomUUID().toString();
		String internal = partnership().replace("Quan hệ", "Nội bộ " + marker);
		String shared = partnership().replace("Quan hệ", "Chia sẻ " + marker)
			.replace("\"level\"", "\"visibility\": \"PARTNER\", \"level\"");
		createdByAdmin("partnerships", internal);
		createdByAdmin("partnerships", shared);
		assertThat(total("thainguyen", marker)).isEqualTo(2);
		assertThat(total("mofa", marker)).isEqualTo(2);
		assertThat(total("langson", marker)).isEqualTo(1);
		assertThat(total("partner", marker)).isEqualTo(1);
		assertThat(total(ANONYMOUS, marker)).isZero();
	}

	private int total(String actor, String marker) throws Exception {
		return Api.read(as(actor).get("/api/v1/partnerships?q={q}", marker), "$.total");
	}

	@Test
	void anonymousWritesAreUnauthorizedWithAProblem() throws Exception {
		new Api(mvc).in("en").post("/api/v1/partnerships", partnership())
			.andExpect(status().isUnauthorized())
			.andExpect(content()
				.contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title")
				.value("Sign-in required"));
	}

	/** A write naming a record: optionally a fresh target, then the request naming {@code ref}. */
	private record ReferenceCase(Target target, ReferenceCall call, long unreadable, int... expected) {
	}

	@FunctionalInterface
	private interface ReferenceCall {

		ResultActions perform(Api api, Long id, long ref) throws Exception;

	}

	/** An endpoint call: optionally a fresh target record, then the request as one actor. */
	private record Case(Target target, Call call, int... expected) {
	}

	@FunctionalInterface
	private interface Target {

		long create() throws Exception;

	}

	@FunctionalInterface
	private interface Call {

		MvcResult perform(Api api, Long id) throws Exception;

	}

}
