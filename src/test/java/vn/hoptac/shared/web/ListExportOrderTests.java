package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.events.Award;
import vn.hoptac.events.Membership;
import vn.hoptac.forums.Forum;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.reminders.internal.DailyDigest;
import vn.hoptac.shared.ExportRows;
import vn.hoptac.shared.Languages;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordExport;
import vn.hoptac.shared.RecordList;

/**
 * An export reads a list's rows by key, page after page, with the list's own restriction: it holds
 * exactly the rows of the list, in the list's order, and none the reader may not read.
 */
@ApiTest
class ListExportOrderTests {

	private static final Map<String, String> AGREEMENT_SORTS = Map.of("signed", "signedOn");

	/** The header of the delegations' reported totals, as message keys. */
	private static final List<String> REPORTED_TOTAL_COLUMNS = List.of("delegation.vnParty",
			"export.column.vnOrganisation", "facet.country", "delegation.direction", "delegation.reported.countedAs",
			"project.total.from", "project.total.to", "delegation.reported.basis", "export.column.delegations",
			"export.column.delegationsQualifier", "delegation.reported.persons", "export.column.personsQualifier",
			"export.column.personsUnit", "delegation.reported.note", "record.visibility", "record.source");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AgreementService agreements;

	@Autowired
	List<RecordExport<?>> exports;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MessageSource messages;

	@Autowired
	DailyDigest digest;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theCsvOfAFilteredListHoldsTheListsRowsInItsOrder() throws Exception {
		Api admin = new Api(mvc).as("admin");
		for (String sort : new String[] { "", "-signed", "signed" }) {
			String filtered = "/api/v1/agreements?country=KR&sort=" + sort;
			List<String> listed = Api.read(admin.get(filtered + "&size=" + Paging.MAX_SIZE), "$.items[*].title");
			assertThat(listed).as("demo agreements with Korea").hasSizeGreaterThan(3).hasSizeLessThan(Paging.MAX_SIZE);

			List<CSVRecord> lines = csv(admin.get(filtered + "&format=csv").andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray());
			assertThat(lines.subList(2, lines.size()).stream().map(row -> row.get(0)).toList()).as(sort)
				.containsExactlyElementsOf(listed);
		}
	}

	@Test
	void thePolicyListExportsItsRowsInItsOrderWithItsDates() throws Exception {
		Api admin = new Api(mvc).as("admin");
		List<String> listed = Api.read(admin.get("/api/v1/policies?size=" + Paging.MAX_SIZE), "$.items[*].title");
		List<String> issued = Api.read(admin.get("/api/v1/policies?size=" + Paging.MAX_SIZE), "$.items[*].issuedOn");
		assertThat(listed).as("demo policy documents").hasSizeGreaterThan(1);
		List<CSVRecord> lines = csv(admin.get("/api/v1/policies?format=csv").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray());
		int issuedAt = lines.get(1).toList().indexOf("Ngày ban hành");
		assertThat(issuedAt).isNotNegative();
		List<CSVRecord> rows = lines.subList(2, lines.size());
		assertThat(rows.stream().map(row -> row.get(0)).toList()).containsExactlyElementsOf(listed);
		assertThat(rows.stream().map(row -> row.get(issuedAt)).toList())
			.containsExactlyElementsOf(issued.stream().map(date -> date == null ? "" : date).toList());
	}

	/**
	 * The lists read as lean rows write what their JSON lists show: each row's title or name, its
	 * parties named in the reader's language, its partial dates at their precision.
	 */
	@Test
	void leanExportsWriteTheirListsNamesAndDates() throws Exception {
		Api admin = new Api(mvc).as("admin");
		assertColumns(admin, "/api/v1/partnerships?country=KR", Map.of(0, "title", 1, "vnParty.name", 2,
				"foreignParty.name"));
		assertColumns(admin.in("en"), "/api/v1/partnerships?country=JP", Map.of(0, "title", 1, "vnParty.name", 2,
				"foreignParty.name"));
		assertColumns(admin, "/api/v1/organisations?country=KR", Map.of(0, "name", 1, "abbreviation", 4,
				"locality.name"));
		assertColumns(admin, "/api/v1/delegations?country=KR", Map.of(0, "title", 3, "vnParty.name", 4,
				"foreignParty.name", 6, "headName", 9, "startOn", 10, "endOn"));
		assertColumns(admin, "/api/v1/projects?country=KR", Map.of(0, "title", 1, "vnParty.name", 2,
				"participants[0].party.name|participants[0].nameText", 7, "plannedStart", 8, "actualStart"));
		assertColumns(admin, "/api/v1/exchanges?country=KR", Map.of(0, "title", 3, "programmeName", 4, "vnParty.name",
				5, "foreignParty.name", 7, "startOn", 8, "endOn"));
		assertColumns(admin.in("en"), "/api/v1/events?q=", Map.of(0, "title", 3, "vnParty.name", 4, "organiser.name",
				5, "venue.name", 8, "startOn", 9, "endOn"));
		assertColumns(admin, "/api/v1/conferences?q=", Map.of(0, "title", 2, "organiser.name", 3, "host.name", 4,
				"foreignParty.name", 8, "startOn"));
		assertColumns(admin.in("ko"), "/api/v1/localities?country=VN&type=MUNICIPALITY", Map.of(0, "name", 1, "code", 5,
				"validFrom", 6, "validTo"));
		assertThat(exports.stream().<Class<?>>map(RecordExport::type).toList()).as("read as lean rows")
			.contains(Ngo.class, Membership.class, Award.class, Forum.class);
		long ngo = Api.id(admin.post("/api/v1/organisations", """
				{"type": "FOREIGN_NGO", "names": {"vi": "Tổ chức %s"}, "country": "KR", "visibility": "PUBLIC"}"""
			.formatted(UUID.randomUUID())).andExpect(status().isCreated()));
		// the earliest end among its valid certificates, an expired one left out
		admin.post("/api/v1/ngos", """
				{"organisationId": %d, "vnLocalityId": %d, "status": "ACTIVE", "visibility": "PUBLIC",
				 "certificates": [{"type": "PROJECT_OFFICE", "number": "E-1", "validTo": "2020-05-31", "status": "EXPIRED"},
				                  {"type": "PROJECT_OFFICE", "number": "E-2", "validTo": "2029-03-31", "status": "VALID"},
				                  {"type": "PROJECT_OFFICE", "number": "E-3", "validTo": "2031-12-31", "status": "VALID"}]}"""
			.formatted(ngo, admin.localityId("VN-20"))).andExpect(status().isCreated());
		assertColumns(admin, "/api/v1/ngos?q=", Map.of(0, "ngo.name", 1, "province.name", 3, "certificates", 4,
				"validUntil"));
		RecordExport<?> ngos = exports.stream().filter(e -> e.type() == Ngo.class).findFirst().orElseThrow();
		assertThat(ngos.related().keySet()).as("a page's certificates are read once for both their columns")
			.containsExactlyInAnyOrder("organisation", "province", "certificateList");
		assertColumns(admin.in("en"), "/api/v1/memberships?q=", Map.of(0, "title", 1, "network.name", 2, "member.name",
				5, "since"));
		assertColumns(admin, "/api/v1/awards?q=", Map.of(0, "title", 1, "recipient.name", 2, "awardedOn", 3,
				"awardedBy.name"));
		assertColumns(admin.in("ko"), "/api/v1/forums?q=", Map.of(0, "title", 2, "heldOn", 4, "province.name"));
	}

	/**
	 * The lists that once exported their items page after page, read now by key like the others (and
	 * the reminders, answered whole): in each language, the header names each declared column in
	 * that language, and each row holds what the JSON list shows, labels where the JSON has codes.
	 */
	@Test
	void everyListExportsItsJsonListInEachLanguage() throws Exception {
		Api admin = new Api(mvc).as("admin");
		long agreement = Api.id(admin.post("/api/v1/agreements", """
				{"title": "Audited %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), admin.localityId("VN-19"), admin.localityId("KR-37"))).andExpect(status().isCreated()));
		digest.run(LocalDate.now(clock));
		String tag = UUID.randomUUID().toString();
		long partnership = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "Xuất %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "statuses": [{"status": "FORMAL", "date": "2015"}]}"""
			.formatted(tag, admin.localityId("VN-19"), admin.localityId("KR-37"))).andExpect(status().isCreated()));
		admin.post("/api/v1/plans", """
				{"title": "Kế hoạch %s", "yearFrom": 2025, "yearTo": 2030, "partnershipId": %d, "localityId": %d}"""
			.formatted(tag, partnership, admin.localityId("VN-19"))).andExpect(status().isCreated());
		admin.post("/api/v1/delegation-plans", """
				{"title": "Kế hoạch đoàn %s", "vnLocalityId": %d, "year": 1911, "half": 2, "kind": "SEMIANNUAL",
				 "dueOn": "1911-05-31", "items": [{"direction": "OUTBOUND", "plannedOn": "1911-09",
				 "headTitle": "Chủ tịch UBND tỉnh", "foreignLocalityId": %d, "purpose": "Hợp tác"}]}"""
			.formatted(tag, admin.localityId("VN-19"), admin.localityId("KR-37"))).andExpect(status().isCreated());
		admin.post("/api/v1/reviews", """
				{"partnershipId": %d, "kind": "SEMIANNUAL", "periodYear": 2024, "periodHalf": 1, "reviewedOn": "2024-07-20",
				 "reviewer": "Sở Ngoại vụ", "conclusion": "CONTINUE"}""".formatted(partnership))
			.andExpect(status().isCreated());
		long form = Api.id(admin.as("thainguyen").post("/api/v1/feedback/forms", """
				{"partnershipId": %d, "title": "Ý kiến %s", "consentText": "Tôi đồng ý",
				 "categories": ["BENEFIT", "COMPLAINT"], "open": true}""".formatted(partnership, tag))
			.andExpect(status().isCreated()));
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON).content("""
				{"formId": %d, "rating": 4, "category": "BENEFIT", "comment": "Tốt", "consent": true}""".formatted(form))
			.with(request -> {
				request.setRemoteAddr("192.0.2." + (1 + Math.abs(tag.hashCode() % 250)));
				return request;
			})).andExpect(status().isCreated());
		for (String language : new String[] { "vi", "en", "ko" }) {
			Api reader = admin.in(language);
			assertExport(reader, "/api/v1/delegation-plans?q=", List.of("delegationPlan.title", "delegationPlan.province",
					"delegationPlan.year", "delegationPlan.half", "delegationPlan.kind", "delegationPlan.dueOn",
					"delegationPlan.currentStep", "delegationPlan.items", "delegationPlan.unplanned", "record.visibility",
					"record.source"), Map.of(0, "title", 2, "year", 3, "half", 4, "~kind", 5, "dueOn", 7, "items.size",
							8, "unplanned.size", 9, "~visibility"));
			assertExport(reader, "/api/v1/delegations/reported-totals?q=", REPORTED_TOTAL_COLUMNS,
					Map.of(4, "countedAs", 5, "periodFrom", 6, "periodTo", 8, "delegations", 10, "persons", 15, "source"));
			assertExport(reader, "/api/v1/projects/reported-totals?metric=", List.of("project.vnParty", "project.country",
					"project.modality", "project.total.metric", "project.total.amount", "project.currency",
					"project.total.qualifier", "project.total.from", "project.total.to", "record.note", "record.visibility",
					"record.source"), Map.of(0, "vnParty.name", 3, "~metric", 4, "#amount", 5, "currency",
							7, "periodFrom", 11, "source"));
			assertExport(reader, "/api/v1/plans?q=", List.of("plan.title", "plan.yearFrom", "plan.yearTo", "plan.province",
					"export.column.partnershipId", "framework.description", "record.visibility", "record.source"),
					Map.of(0, "title", 1, "yearFrom", 2, "yearTo", 4, "partnershipId", 6, "~visibility"));
			assertExport(reader, "/api/v1/frameworks?q=", List.of("framework.title", "framework.scope",
					"export.column.planId", "export.column.partnershipId", "export.column.projectId", "plan.province",
					"framework.description", "record.visibility", "record.source"),
					Map.of(0, "title", 1, "~scope", 7, "~visibility"));
			assertExport(reader, "/api/v1/indicators?q=", List.of("indicator.title", "export.column.frameworkId",
					"indicator.measure", "indicator.ascending", "indicator.unit", "indicator.baselineYear", "indicator.baseline", "export.column.baselineText",
					"indicator.baselineComment", "framework.description", "record.visibility", "record.source"),
					Map.of(0, "title", 1, "frameworkId", 2, "~measure", 3, "~ascending", 4, "unit", 5, "baselineYear",
							6, "#baseline.number"));
			assertExport(reader, "/api/v1/feedback/forms?q=", List.of("feedback.form.title", "feedback.form.subject",
					"export.column.projectId", "export.column.partnershipId", "feedback.form.consentText",
					"feedback.form.categories", "feedback.form.open"), Map.of(0, "title", 1, "subjectTitle", 4,
							"consentText", 5, "~categories.joined", 6, "~open"));
			assertExport(reader, "/api/v1/feedback?q=", List.of("export.column.formTitle", "feedback.rating",
					"feedback.category", "feedback.status", "feedback.anonymous", "feedback.submittedAt"),
					Map.of(0, "formTitle", 1, "rating", 2, "~category", 3, "~status", 4, "~anonymous", 5, "submittedAt"));
			assertExport(reader, "/api/v1/reviews?q=", List.of("review.partnership", "review.kind", "review.periodYear",
					"review.periodHalf", "review.reviewedOn", "review.conclusion"), Map.of(0, "partnershipTitle", 1, "~kind",
							2, "periodYear", 4, "reviewedOn", 5, "~conclusion"));
			assertExport(reader, "/api/v1/users?page=0", List.of("export.column.username", "export.column.displayName",
					"export.column.role", "export.column.province", "export.column.organisation", "export.column.enabled",
					"export.column.email", "export.column.digestEnabled", "export.column.mustChangePassword",
					"export.column.language", "export.column.createdAt"), Map.of(0, "username", 1, "displayName", 2, "~role",
							5, "~enabled", 6, "email", 10, "createdAt"));
			assertExport(reader, "/api/v1/exchange-rates?currency=USD", List.of("export.column.currency",
					"export.column.validFrom", "export.column.validTo", "money.rates.vndPerUnit", "money.rates.kind",
					"record.source"), Map.of(0, "currency", 1, "validFrom", 2, "validTo", 3, "#vndPerUnit", 4, "~kind",
							5, "source"));
			assertExport(reader, "/api/v1/admin/outbox?page=0", List.of("outbox.day", "export.column.userId", "outbox.recipient",
					"outbox.language", "outbox.subject", "export.column.body", "export.column.createdAt",
					"export.column.sentAt", "export.column.attempts", "export.column.lastError"), Map.of(0, "digestOn", 1,
							"userId", 2, "email", 3, "language", 4, "subject", 5, "body", 6, "createdAt", 8, "attempts"));
			assertExport(reader, "/api/v1/audit?entity=agreement&entityId=" + agreement, List.of("audit.when", "audit.user",
					"audit.action", "audit.entity", "export.column.entityId", "audit.summary", "export.column.before",
					"export.column.after"), Map.of(0, "at", 1, "user", 2, "~action", 3, "~entity", 4, "entityId", 5,
							"summary", 7, "after"));
			assertExport(new Api(mvc).as("thainguyen").in(language), "/api/v1/reminders?horizon=366", List.of(
					"export.column.kindLabel", "export.column.severityLabel", "reminder.dueOn", "export.column.daysLeft",
					"reminder.status", "reminder.record", "reminder.detail", "export.column.link"), Map.of(0, "kindLabel",
							1, "severityLabel", 2, "dueOn", 3, "daysLeft", 4, "status", 5, "title", 7, "link"));
		}
		// an anonymous reader's export holds the public rows its JSON list shows, no more
		assertExport(new Api(mvc), "/api/v1/delegations/reported-totals?q=", REPORTED_TOTAL_COLUMNS,
				Map.of(4, "countedAs", 14, "~visibility"));
	}

	/**
	 * The export's header row is the labels of these message keys in the reader's language (never a
	 * key, nor another language's label), and its rows hold the JSON list's values ({@link #assertColumns}).
	 */
	private void assertExport(Api api, String list, List<String> labelKeys, Map<Integer, String> columns)
			throws Exception {
		Locale locale = Locale.forLanguageTag(api.language());
		List<String> expected = labelKeys.stream().map(key -> messages.getMessage(key, null, locale)).toList();
		List<CSVRecord> lines = csv(api.get(list + "&format=csv").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(lines.get(1).toList()).as(list + " in " + locale).containsExactlyElementsOf(expected);
		if (!locale.getLanguage().equals("vi")) {
			List<String> vietnamese = labelKeys.stream().map(key -> messages.getMessage(key, null, Languages.VIETNAMESE))
				.toList();
			for (int i = 0; i < expected.size(); i++) {
				assertThat(expected.get(i)).as(labelKeys.get(i) + " in " + locale).isNotEqualTo(vietnamese.get(i));
			}
		}
		assertColumns(api, list, columns);
	}

	/**
	 * The value at a path of a JSON item ("vnParty.name", "participants[0].nameText"), or at the
	 * first of several ("a|b") that holds one; "" if none does.
	 */
	private static String valueAt(Object item, String paths) {
		for (String path : paths.split("\\|")) {
			Object value = item;
			for (String part : path.split("\\.")) {
				if (part.equals("size") || part.equals("joined")) {
					value = value instanceof List<?> many ? part.equals("size") ? many.size()
							: many.stream().map(Object::toString).collect(Collectors.joining("; ")) : null;
					continue;
				}
				int index = part.endsWith("[0]") ? 0 : -1;
				String name = index < 0 ? part : part.substring(0, part.length() - 3);
				value = value instanceof Map<?, ?> map ? map.get(name) : null;
				if (index == 0) {
					value = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : null;
				}
			}
			if (value != null) {
				return value.toString();
			}
		}
		return "";
	}

	/**
	 * Each CSV column (by position) holds the JSON list's values at the path, row by row, in order: the
	 * same text, or with "#" the same number, or with "~" a label where the JSON has a code.
	 */
	private void assertColumns(Api api, String list, Map<Integer, String> columns) throws Exception {
		String sized = list + "&size=" + Paging.MAX_SIZE;
		assertThat(Api.<Integer>read(api.get(sized), "$.total")).as(list).isPositive().isLessThan(Paging.MAX_SIZE);
		assertThat(Api.<Map<String, Object>>read(api.get(sized), "$")).as("the list's query is not sent")
			.containsOnlyKeys("items", "total", "page", "size", "totalExact");
		List<CSVRecord> lines = csv(api.get(list + "&format=csv").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		List<CSVRecord> rows = lines.subList(2, lines.size());
		for (Map.Entry<Integer, String> column : columns.entrySet()) {
			List<Object> values = Api.read(api.get(sized), "$.items[*]");
			String path = column.getValue().replaceFirst("^[#~]", "");
			List<String> expected = new ArrayList<>();
			for (Object item : values) {
				expected.add(valueAt(item, path));
			}
			List<String> written = rows.stream().map(row -> row.get(column.getKey())).toList();
			assertThat(written).as(list + " " + column.getValue()).hasSameSizeAs(expected);
			for (int i = 0; i < expected.size(); i++) {
				if (column.getValue().startsWith("#") && !expected.get(i).isEmpty()) {
					assertThat(new BigDecimal(written.get(i))).as(list + " " + path)
						.isEqualByComparingTo(new BigDecimal(expected.get(i)));
					continue;
				}
				if (column.getValue().startsWith("~") && !expected.get(i).isEmpty()) {
					assertThat(written.get(i)).as(list + " " + path + " a label").isNotBlank().isNotEqualTo(expected.get(i));
					continue;
				}
				// a former province is named with the day it ended ("Bắc Kạn (đến 30/06/2025)")
				if (expected.get(i).isEmpty()) {
					assertThat(written.get(i)).as(list + " " + column.getValue()).isEmpty();
				}
				else {
					assertThat(written.get(i)).as(list + " " + column.getValue()).startsWith(expected.get(i));
				}
			}
			assertThat(written).as(list + " " + column.getValue()).anySatisfy(v -> assertThat(v).isNotBlank());
		}
	}

	@Test
	void pagesReadByKeyFollowTheListsOrderAcrossTiesAndMissingDates() throws Throwable {
		signIn("admin");
		for (String sort : new String[] { null, "-signed", "signed" }) {
			for (AgreementQuery query : List.of(query(null), query("KR"))) {
				List<Long> listed = agreements.search(query, Paging.of(0, Paging.MAX_SIZE, sort, AGREEMENT_SORTS))
					.map(Agreement::getId)
					.getContent();
				assertThat(listed).hasSizeGreaterThan(3);
				List<Long> exported = exportedIds(query, sort, 3);
				assertThat(exported.subList(0, Math.min(exported.size(), listed.size()))).as(sort + " " + query)
					.containsExactlyElementsOf(listed);
			}
		}
	}

	@Test
	void aReaderWithoutRightsGetsNoHiddenRow() throws Throwable {
		Api langSon = new Api(mvc).as("langson");
		String title = "Hidden export " + UUID.randomUUID();
		long hidden = Api.id(langSon.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "visibility": "INTERNAL", "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, langSon.localityId("VN-20"), langSon.localityId("KR-37"))).andExpect(status().isCreated()));

		signIn("langson");
		assertThat(exportedIds(query(null), null, 2)).contains(hidden);
		signIn("thainguyen");
		assertThat(exportedIds(query(null), null, 2)).doesNotContain(hidden);
		SecurityContextHolder.clearContext();
		assertThat(exportedIds(query(null), null, 2)).doesNotContain(hidden);
		String anonymous = new String(new Api(mvc).get("/api/v1/agreements?country=KR&format=csv").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(anonymous).isNotBlank().doesNotContain(title);
	}

	/** The ids an export of the agreement list reads, {@code perPage} rows at a time. */
	private List<Long> exportedIds(AgreementQuery query, String sort, int perPage) throws Throwable {
		RecordExport<?> export = exports.stream().filter(e -> e.type() == Agreement.class).findFirst().orElseThrow();
		RecordList.Query list = agreements.search(query, Paging.of(0, 1, sort, AGREEMENT_SORTS)).query();
		List<Long> ids = new ArrayList<>();
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		reading.executeWithoutResult(status -> {
			try {
				ExportRows.walk(entityManager, list, export, perPage, rows -> rows.forEach(row -> ids.add(row.id())));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		return ids;
	}

	private static AgreementQuery query(String country) {
		return new AgreementQuery(null, country, null, null, null, null, null, null, null, null, null);
	}

	private void signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static List<CSVRecord> csv(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

}
