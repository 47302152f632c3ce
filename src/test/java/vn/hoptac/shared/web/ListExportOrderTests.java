package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
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
import vn.hoptac.shared.ExportRows;
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
		assertColumns(admin.in("en"), "/api/v1/memberships?q=", Map.of(0, "title", 1, "network.name", 2, "member.name",
				5, "since"));
		assertColumns(admin, "/api/v1/awards?q=", Map.of(0, "title", 1, "recipient.name", 2, "awardedOn", 3,
				"awardedBy.name"));
		assertColumns(admin.in("ko"), "/api/v1/forums?q=", Map.of(0, "title", 2, "heldOn", 4, "province.name"));
	}

	/**
	 * The value at a path of a JSON item ("vnParty.name", "participants[0].nameText"), or at the
	 * first of several ("a|b") that holds one; "" if none does.
	 */
	private static String valueAt(Object item, String paths) {
		for (String path : paths.split("\\|")) {
			Object value = item;
			for (String part : path.split("\\.")) {
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

	/** Each CSV column (by position) holds the JSON list's values at the path, row by row, in order. */
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
			List<String> expected = new ArrayList<>();
			for (Object item : values) {
				expected.add(valueAt(item, column.getValue()));
			}
			List<String> written = rows.stream().map(row -> row.get(column.getKey())).toList();
			assertThat(written).as(list + " " + column.getValue()).hasSameSizeAs(expected);
			for (int i = 0; i < expected.size(); i++) {
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
