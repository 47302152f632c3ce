package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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

	Api admin;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
	}

	private Api as(String actor) {
		return ANONYMOUS.equals(actor) ? new Api(mvc) : new Api(mvc).as(actor);
	}

	private String organisation() {
		return """
				{"type": "BUSINESS", "names": {"vi": "Công ty %s"}, "country": "VN", "localityId": %d}"""
			.formatted(UUID.randomUUID(), thaiNguyen);
	}

	private String partnership() {
		return """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk);
	}

	private String agreement() {
		return """
				{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk);
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
		return Api.id(admin.post("/api/v1/" + collection, body));
	}


	@Test
	void everyEndpointAnswersEveryRoleAsItShould() throws Exception {
		List<String> mismatches = new ArrayList<>();
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
		for (String collection : List.of("organisations", "partnerships", "agreements")) {
			java.util.function.Supplier<String> body = switch (collection) {
				case "organisations" -> this::organisation;
				case "partnerships" -> this::partnership;
				default -> this::agreement;
			};
			cases.put("GET " + collection, new Case(null, (api, id) -> api.get("/api/v1/" + collection).andReturn(),
					200, 200, 200, 200, 200, 200, 200, 200));
			cases.put("GET internal Thái Nguyên " + collection, new Case(() -> createdByAdmin(collection, body.get()),
					(api, id) -> api.get("/api/v1/" + collection + "/{id}", id).andReturn(),
					401, 200, 200, 200, 200, 403, 200, 403));
			cases.put("POST " + collection + " for Thái Nguyên", new Case(null,
					(api, id) -> api.post("/api/v1/" + collection, body.get()).andReturn(),
					401, 201, 403, 201, 201, 403, 201, 403));
			cases.put("PUT Thái Nguyên " + collection, new Case(() -> createdByAdmin(collection, body.get()),
					(api, id) -> api.put("/api/v1/" + collection + "/{id}", body.get(), id).andReturn(),
					401, 200, 403, 200, 200, 403, 403, 403));
			cases.put("DELETE Thái Nguyên " + collection, new Case(() -> createdByAdmin(collection, body.get()),
					(api, id) -> api.delete("/api/v1/" + collection + "/{id}", id).andReturn(),
					401, 204, 403, 204, 204, 403, 403, 403));
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
		assertThat(mismatches).isEmpty();
	}

	@Test
	void departmentFocalOfficialChangesOnlyTheirUnitsRecords() throws Exception {
		Api focal = new Api(mvc).as("thainguyen-dpi");
		long own = Api.id(focal.post("/api/v1/partnerships", partnership()));
		focal.put("/api/v1/partnerships/{id}", partnership(), own)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		long provinces = createdByAdmin("partnerships", partnership());
		focal.put("/api/v1/partnerships/{id}", partnership(), provinces)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
		// the province's officers may change the unit's record too
		new Api(mvc).as("thainguyen").put("/api/v1/partnerships/{id}", partnership(), own)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
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
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnauthorized())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("application/problem+json"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.title")
				.value("Sign-in required"));
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

		org.springframework.test.web.servlet.MvcResult perform(Api api, Long id) throws Exception;

	}

}
