package vn.hoptac.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class FeedbackApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	long partnership;

	long form;

	/** Each test submits from its own address: the limit counts per client, in the shared database. */
	final String address = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256),
			ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256));

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		partnership = Api.id(api.post("/api/v1/partnerships", """
				{"title": "Phản hồi %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "visibility": "INTERNAL",
				 "statuses": [{"status": "FORMAL", "date": "2015"}]}""".formatted(UUID.randomUUID(),
				api.localityId("VN-19"), api.localityId("KR-37")))
			.andExpect(status().isCreated()));
		form = createForm(true);
	}

	long createForm(boolean open) throws Exception {
		return Api.id(api.as("thainguyen").post("/api/v1/feedback/forms", """
				{"partnershipId": %d, "title": "Ý kiến người dân về hợp tác", "consentText": "Tôi đồng ý",
				 "categories": ["BENEFIT", "COMPLAINT"], "open": %s}""".formatted(partnership, open))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerProvinceId").value((int) api.localityId("VN-19"))));
	}

	String submission(long formId, String extra) {
		return """
				{"formId": %d, "rating": 4, "category": "BENEFIT", "comment": "Đường mới rất tốt",
				 "consent": true %s}""".formatted(formId, extra);
	}

	ResultActions submit(String json, String language) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/v1/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.content(json)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	@Test
	void anAnonymousSubmissionKeepsNoNameAndOnlyTheProvinceReadsIt() throws Exception {
		long id = Api.id(submit(submission(form, ", \"anonymous\": true, \"name\": \"Nguyễn Văn A\", "
				+ "\"contact\": \"0912345678\""), "vi").andExpect(status().isCreated()));
		api.as("thainguyen")
			.get("/api/v1/feedback/{id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.anonymous").value(true))
			.andExpect(jsonPath("$.name").value(nullValue()))
			.andExpect(jsonPath("$.contact").value(nullValue()))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.origin").value("PUBLIC_API"));
		assertThat(jdbc.queryForObject("select count(*) from feedback where id = :id and submitter_name is null "
				+ "and submitter_contact is null", java.util.Map.of("id", id), Integer.class)).isEqualTo(1);
		api.as("thainguyen").get("/api/v1/feedback?form={f}", form)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.totalExact").value(true))
			.andExpect(jsonPath("$.items[0].id").value((int) id));
		api.as("thainguyen-lead").get("/api/v1/feedback/{id}", id).andExpect(status().isOk());
		api.as("mofa").get("/api/v1/feedback/{id}", id).andExpect(status().isOk());
		api.as("langson").get("/api/v1/feedback/{id}", id).andExpect(status().isForbidden());
		api.as("partner").get("/api/v1/feedback/{id}", id).andExpect(status().isForbidden());
		api.as("langson").get("/api/v1/feedback?form={f}", form).andExpect(jsonPath("$.total").value(0));
		api.anonymous().get("/api/v1/feedback/{id}", id).andExpect(status().isUnauthorized());
		api.anonymous().get("/api/v1/feedback").andExpect(status().isUnauthorized());
	}

	@Test
	void aNamedSubmissionKeepsItsAuthor() throws Exception {
		long id = Api.id(submit(submission(form, ", \"name\": \"Trần Thị B\""), "vi").andExpect(status().isCreated()));
		api.as("thainguyen").get("/api/v1/feedback/{id}", id).andExpect(jsonPath("$.name").value("Trần Thị B"));
		// the audit trail is append-only: a citizen's name must not be copied there, nor into the search text
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'feedback' and entity_id = :id "
				+ "and after_state like '%Trần Thị B%'", java.util.Map.of("id", id), Integer.class)).isZero();
		api.as("thainguyen").get("/api/v1/feedback?q={q}", "Trần Thị B").andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void closedUnknownOrUnconsentedSubmissionsAreRefusedNamingTheField() throws Exception {
		long closed = createForm(false);
		submit(submission(closed, ""), "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("formId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("closed")));
		submit(submission(999_999_999, ""), "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("formId"));
		submit("""
				{"formId": %d, "rating": 7, "category": "QUALITY", "consent": false}""".formatted(form), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'rating')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'category')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'consent')]").exists());
		api.anonymous().get("/api/v1/feedback/forms/{id}/public", closed).andExpect(status().isNotFound());
	}

	@Test
	void theCommuneMustBeAUnitOfTheFormsProvince() throws Exception {
		List<Integer> communes = Api.read(api.anonymous().get("/api/v1/feedback/forms/{id}/public", form)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjectTitle").doesNotExist()), "$.communes[*].id");
		assertThat(communes).isNotEmpty();
		submit(submission(form, ", \"communeId\": " + communes.get(0)), "vi").andExpect(status().isCreated());
		submit(submission(form, ", \"communeId\": " + api.localityId("VN-20")), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("communeId"));
	}

	@Test
	void aClientPastItsLimitGets429InItsLanguage() throws Exception {
		for (int i = 0; i < 5; i++) {
			submit(submission(form, ""), "vi").andExpect(status().isCreated());
		}
		submit(submission(form, ""), "en").andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
			.andExpect(jsonPath("$.title").value("Too many submissions"));
		api.as("thainguyen").get("/api/v1/feedback?form={f}", form).andExpect(jsonPath("$.total").value(5));
	}

	@Test
	void twoInstancesOverOneDatabaseShareTheCount() {
		var first = new SubmissionLimit(jdbc, transactions, Clock.systemUTC(), 3, Duration.ofMinutes(10), "s");
		var second = new SubmissionLimit(jdbc, transactions, Clock.systemUTC(), 3, Duration.ofMinutes(10), "s");
		first.count(address);
		second.count(address);
		first.count(address);
		assertThatThrownBy(() -> second.count(address)).isInstanceOf(SubmissionsLimitedException.class);
		assertThatThrownBy(() -> first.count(address)).isInstanceOf(SubmissionsLimitedException.class);
		second.count(address + "0");
	}

	@Test
	void withoutAConfiguredSaltTheInstancesShareARandomOneKeptInTheDatabase() {
		var first = new SubmissionLimit(jdbc, transactions, Clock.systemUTC(), 1, Duration.ofMinutes(10), "");
		var second = new SubmissionLimit(jdbc, transactions, Clock.systemUTC(), 1, Duration.ofMinutes(10), null);
		first.count(address + "1");
		// the second instance hashes the address alike: the client's one submission is used up
		assertThatThrownBy(() -> second.count(address + "1")).isInstanceOf(SubmissionsLimitedException.class);
		assertThat(jdbc.getJdbcTemplate()
			.queryForObject("select secret from app_secret where name = ?", String.class, SubmissionLimit.SALT_NAME))
			.matches("[0-9a-f]{64}");
	}

	@Test
	void formsAreWrittenByTheProvinceOnly() throws Exception {
		api.as("langson").post("/api/v1/feedback/forms", """
				{"partnershipId": %d, "title": "X", "consentText": "Y", "categories": ["OTHER"], "open": true}"""
			.formatted(partnership))
			// a partnership the writer may not read is answered as one that does not exist
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partnershipId"));
		api.as("langson").put("/api/v1/feedback/forms/{id}", """
				{"partnershipId": %d, "title": "X", "consentText": "Y", "categories": ["OTHER"], "open": false,
				 "version": 0}""".formatted(partnership), form).andExpect(status().isForbidden());
		api.as("thainguyen").in("en").post("/api/v1/feedback/forms", """
				{"title": " ", "consentText": "", "categories": []}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'projectId')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'consentText')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'categories')]").exists());
		api.anonymous().post("/api/v1/feedback/forms", "{}").andExpect(status().isUnauthorized());
	}


	@Test
	void triageMovesForwardWithRepliesAndTheSummaryCountsResponseTimes() throws Exception {
		long low = Api.id(submit(submission(form, "").replace("\"rating\": 4", "\"rating\": 2"), "vi")
			.andExpect(status().isCreated()));
		long high = Api.id(submit(submission(form, ""), "vi").andExpect(status().isCreated()));
		Api staff = api.as("thainguyen");
		staff.post("/api/v1/feedback/{id}/replies", """
				{"text": "Cảm ơn, chúng tôi sẽ kiểm tra"}""", low)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replies[0].author").value("thainguyen"))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.responseSeconds").isNumber());
		staff.post("/api/v1/feedback/{id}/status", """
				{"status": "ACKNOWLEDGED", "version": 1}""", low).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
		staff.post("/api/v1/feedback/{id}/status", """
				{"status": "RESOLVED", "version": 2}""", low).andExpect(status().isOk())
			.andExpect(jsonPath("$.resolvedAt").isString());
		staff.in("en").post("/api/v1/feedback/{id}/status", """
				{"status": "NEW", "version": 3}""", low).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		staff.post("/api/v1/feedback/{id}/status", """
				{"status": "RESOLVED", "version": 0}""", high).andExpect(status().isOk());
		api.as("langson").post("/api/v1/feedback/{id}/replies", "{\"text\": \"x\"}", high)
			.andExpect(status().isForbidden());
		api.as("mofa").post("/api/v1/feedback/{id}/status", "{\"status\": \"RESOLVED\", \"version\": 1}", high)
			.andExpect(status().isForbidden());
		staff.get("/api/v1/feedback/forms/{id}/summary", form)
			.andExpect(jsonPath("$.count").value(2))
			.andExpect(jsonPath("$.meanRating").value(3.0))
			.andExpect(jsonPath("$.distribution.2").value(1))
			.andExpect(jsonPath("$.distribution.4").value(1))
			.andExpect(jsonPath("$.distribution.5").value(0))
			.andExpect(jsonPath("$.answered").value(2));
		staff.get("/api/v1/feedback/summary?partnership={p}", partnership).andExpect(jsonPath("$.count").value(2));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'feedback' and entity_id = :id",
				java.util.Map.of("id", low), Integer.class)).isEqualTo(4);
	}

	static final String KOBO = """
			start,end,group_q/rating,group_q/category,comment,commune,group_q/consent,_uuid,_submission_time,_id
			2024-03-01T08:00:00,2024-03-01T08:05:00,5,benefit,Giếng nước sạch,%s,yes,aaa-1,2024-03-01T08:06:00,1
			2024-03-02T08:00:00,2024-03-02T08:05:00,3,complaint,Đường hỏng,,Có,aaa-2,2024-03-02T08:06:00,2
			""";

	@Test
	void aKoboExportIsImportedOnceAndABadOneWritesNothing() throws Exception {
		String commune = Api.read(api.anonymous().get("/api/v1/feedback/forms/{id}/public", form), "$.communes[0].name");
		Api staff = api.as("thainguyen").in("en");
		String csv = KOBO.formatted(commune);
		staff.post("/api/v1/feedback/forms/{id}/import", MediaType.valueOf("text/csv"), csv, form)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.imported").value(2));
		staff.post("/api/v1/feedback/forms/{id}/import", MediaType.valueOf("text/csv"), csv, form)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.alreadyImported").value(2));
		staff.get("/api/v1/feedback?form={f}&rating=5", form)
			.andExpect(jsonPath("$.total").value(1))
			// the export's offset-less time is the surveyor's, in Vietnam (UTC+7)
			.andExpect(jsonPath("$.items[0].submittedAt").value("2024-03-01T01:06:00Z"));
		String bad = KOBO.formatted(commune).replace(",5,benefit,", ",9,benefit,").replace("aaa-2", "aaa-3")
				.replace(",3,complaint,Đường hỏng,,Có,", ",3,QUALITY,Đường hỏng,Nowhere,no,");
		staff.post("/api/v1/feedback/forms/{id}/import", MediaType.valueOf("text/csv"), bad, form)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.refused[?(@.line == 2 && @.field == 'rating')]").exists())
			.andExpect(jsonPath("$.refused[?(@.line == 3 && @.field == 'commune')]").exists())
			.andExpect(jsonPath("$.refused[?(@.line == 3 && @.field == 'consent')]").exists())
			.andExpect(jsonPath("$.refused[?(@.line == 2 && @.field == 'consent')]").doesNotExist())
			.andExpect(jsonPath("$.refused[?(@.line == 3 && @.field == 'category')].reason",
					org.hamcrest.Matchers.hasItem(containsString("does not offer"))));
		staff.get("/api/v1/feedback?form={f}", form).andExpect(jsonPath("$.total").value(2));
		String odk = """
				SubmissionDate,meta-instanceID,score,category,agree,KEY
				2024-04-01T10:00:00.000Z,uuid:b-1,4,benefit,TRUE,uuid:b-1
				""";
		staff.post("/api/v1/feedback/forms/{id}/import?column.rating=score&column.uuid=meta-instanceID&column.consent=agree",
				MediaType.valueOf("text/csv"), odk, form)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		api.as("langson").post("/api/v1/feedback/forms/{id}/import", MediaType.valueOf("text/csv"), odk, form)
			.andExpect(status().isForbidden());
	}

	@Test
	void anExportWithoutConsentOrWithASharedCommuneNameWritesNothing() throws Exception {
		Api staff = api.as("thainguyen").in("en");
		String noConsentColumn = """
				_uuid,_submission_time,rating,category
				c-1,2024-05-01T09:00:00,4,benefit
				""";
		staff.post("/api/v1/feedback/forms/{id}/import", MediaType.valueOf("text/csv"), noConsentColumn, form)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'column.consent')]").exists());
		String shared = "Xã Trùng " + UUID.randomUUID().toString().substring(0, 8);
		String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		for (String suffix : List.of("A", "B")) {
			api.post("/api/v1/localities", """
					{"code": "%s", "country": "VN", "level": "COMMUNE", "parentCode": "VN-19",
					 "names": {"vi": "%s"}, "validFrom": "2025-07-01"}""".formatted(code + suffix, shared))
				.andExpect(status().isCreated());
		}
		String byName = """
				_uuid,_submission_time,rating,category,commune,consent
				c-2,2024-05-01T09:00:00,4,benefit,%s,yes
				""".formatted(shared.toUpperCase());
		staff.post("/api/v1/feedback/forms/{id}/import", MediaType.valueOf("text/csv"), byName, form)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refused[?(@.line == 2 && @.field == 'commune')].reason",
					org.hamcrest.Matchers.hasItem(containsString("give the code"))));
		staff.post("/api/v1/feedback/forms/{id}/import", MediaType.valueOf("text/csv"),
				byName.replace(shared.toUpperCase(), code + "B"), form)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		staff.get("/api/v1/feedback?form={f}", form).andExpect(jsonPath("$.total").value(1));
	}

}
