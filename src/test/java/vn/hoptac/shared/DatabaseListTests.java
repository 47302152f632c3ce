package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.agreements.Agreement;

/**
 * Lists are answered by one database query ({@link RecordList}); these check that every committed
 * write shows at once, that a refused write leaves no trace, that free text finds records through
 * their parties' current names, that lists keep Vietnamese order, and that totals are exact up to
 * the cap and say "more" past it.
 */
@ApiTest
class DatabaseListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Api api;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		gyeongbuk = api.localityId("KR-37");
	}

	/** A word no other record has, so that a search finds only this test's records. */
	private static String uniqueWord() {
		return "xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private String agreement(String title, String vnParty, Long version) {
		return """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "signedOn": "2024-05-02", "version": %s,
				 "parties": [{"side": "VN", %s}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, version == null ? "null" : version, vnParty, gyeongbuk);
	}

	private List<Integer> idsFound(String query) throws Exception {
		return Api.read(api.get("/api/v1/agreements?q={q}&size=200", query), "$.items[*].id");
	}

	@Test
	void listsShowEveryCommittedWriteAndNoRefusedOne() throws Exception {
		String first = uniqueWord();
		String second = uniqueWord();
		String vnParty = "\"localityId\": " + api.localityId("VN-19");
		long id = Api.id(api.post("/api/v1/agreements", agreement("Bản ghi nhớ " + first, vnParty, null))
			.andExpect(status().isCreated()));

		// a query word found inside a word, without its first and last letters
		assertThat(idsFound(first.substring(1, first.length() - 1).toUpperCase())).containsExactly((int) id);

		api.put("/api/v1/agreements/{id}", agreement("Bản ghi nhớ " + second, vnParty, 0L), id)
			.andExpect(status().isOk());
		assertThat(idsFound(first)).isEmpty();
		assertThat(idsFound(second)).containsExactly((int) id);

		api.put("/api/v1/agreements/{id}", agreement("Hiệp định " + first, vnParty, 1L), id)
			.andExpect(status().isBadRequest());
		assertThat(idsFound(first)).isEmpty();
		assertThat(idsFound(second)).containsExactly((int) id);

		api.delete("/api/v1/agreements/{id}", id).andExpect(status().isNoContent());
		assertThat(idsFound(second)).isEmpty();
	}

	@Test
	void listItemsFollowTheirAgreementInEachLanguage() throws Exception {
		String word = uniqueWord();
		long thaiNguyen = api.localityId("VN-19");
		long id = Api.id(api.post("/api/v1/agreements",
				agreement("Bản ghi nhớ " + word, "\"localityId\": " + thaiNguyen, null)).andExpect(status().isCreated()));
		String inVietnamese = Api.read(api.get("/api/v1/localities/{id}", thaiNguyen), "$.names.vi");
		String inEnglish = Api.read(api.get("/api/v1/localities/{id}", thaiNguyen), "$.names.en");
		assertThat(inEnglish).isNotEqualTo(inVietnamese);

		// each language asked twice, in turns
		for (int i = 0; i < 2; i++) {
			api.get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].parties[0].party.name").value(inVietnamese));
			api.in("en").get("/api/v1/agreements?q={q}", word)
				.andExpect(jsonPath("$.items[0].parties[0].party.name").value(inEnglish));
		}

		api.post("/api/v1/agreements/{id}/actions", """
				{"type": "SIGNED", "date": "2024-05-02"}""", id).andExpect(status().isCreated());
		api.in("en").get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].status").value("SIGNED"));

		api.put("/api/v1/agreements/{id}", agreement("Kế hoạch " + word, "\"localityId\": " + thaiNguyen, 1L), id)
			.andExpect(status().isOk());
		api.put("/api/v1/agreements/{id}", agreement("Hiệp định " + word, "\"localityId\": " + thaiNguyen, 2L), id)
			.andExpect(status().isBadRequest());
		api.get("/api/v1/agreements?q={q}", word)
			.andExpect(jsonPath("$.items[0].title").value("Kế hoạch " + word))
			.andExpect(jsonPath("$.items[0].version").value(2));
	}

	@Test
	void totalCountsEveryMatchNotOnlyThePage() throws Exception {
		String word = uniqueWord();
		String vnParty = "\"localityId\": " + api.localityId("VN-20");
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/agreements", agreement("Kế hoạch " + word + " " + i, vnParty, null))
				.andExpect(status().isCreated());
		}

		List<Integer> first = Api.read(api.get("/api/v1/agreements?q={q}&size=2&page=0", word)
			.andExpect(jsonPath("$.total").value(3)), "$.items[*].id");
		List<Integer> last = Api.read(api.get("/api/v1/agreements?q={q}&size=2&page=1", word)
			.andExpect(jsonPath("$.total").value(3)), "$.items[*].id");

		assertThat(first).hasSize(2);
		assertThat(last).hasSize(1).doesNotContainAnyElementsOf(first);
	}

	@Test
	void aRenamedOrganisationFindsItsRecordsByTheNewNameAndNotTheOld() throws Exception {
		String oldName = uniqueWord();
		String newName = uniqueWord();
		String organisation = """
				{"type": "UNIVERSITY", "names": {"vi": "Trường %s"}, "country": "VN", "localityId": %d, "version": %s}""";
		long thaiNguyen = api.localityId("VN-19");
		long university = Api.id(api.post("/api/v1/organisations", organisation.formatted(oldName, thaiNguyen, "null"))
			.andExpect(status().isCreated()));
		long agreement = Api.id(api.post("/api/v1/agreements",
				agreement("Thỏa thuận hợp tác", "\"organisationId\": " + university, null)).andExpect(status().isCreated()));
		long partnership = Api.id(api.post("/api/v1/partnerships", """
				{"title": "Quan hệ hợp tác", "level": "AGENCY", "vnOrganisationId": %d, "foreignLocalityId": %d}"""
			.formatted(university, gyeongbuk))
			.andExpect(status().isCreated()));
		assertThat(idsFound(oldName)).containsExactly((int) agreement);
		assertThat(partnershipsFound(oldName)).containsExactly((int) partnership);

		api.put("/api/v1/organisations/{id}", organisation.formatted(newName, thaiNguyen, "0"), university)
			.andExpect(status().isOk());

		assertThat(idsFound(newName)).containsExactly((int) agreement);
		assertThat(idsFound(oldName)).isEmpty();
		assertThat(partnershipsFound(newName)).containsExactly((int) partnership);
		assertThat(partnershipsFound(oldName)).isEmpty();
		// every word must be found somewhere: one in the party's name, one in the agreement's title
		assertThat(idsFound(newName + " thoa")).containsExactly((int) agreement);
		assertThat(idsFound(newName + " " + oldName)).isEmpty();
	}

	@Test
	void aRenamedLocalityAndAReplacedPartyChangeWhatFindsAnAgreement() throws Exception {
		String oldName = uniqueWord();
		String newName = uniqueWord();
		String otherName = uniqueWord();
		String locality = """
				{"code": "%s", "country": "VN", "level": "COMMUNE", "parentCode": "VN-19",
				 "names": {"vi": "Xã %s"}, "validFrom": "2025-07-01", "version": %s}""";
		String code = "TEST-" + uniqueWord().toUpperCase();
		long commune = Api.id(api.post("/api/v1/localities", locality.formatted(code, oldName, "null"))
			.andExpect(status().isCreated()));
		long other = Api.id(api.post("/api/v1/localities",
				locality.formatted("TEST-" + uniqueWord().toUpperCase(), otherName, "null"))
			.andExpect(status().isCreated()));
		long agreement = Api.id(api.post("/api/v1/agreements", agreement("Thỏa thuận", "\"localityId\": " + commune, null))
			.andExpect(status().isCreated()));
		assertThat(idsFound(oldName)).containsExactly((int) agreement);

		api.put("/api/v1/localities/{id}", locality.formatted(code, newName, "0"), commune).andExpect(status().isOk());
		assertThat(idsFound(newName)).containsExactly((int) agreement);
		assertThat(idsFound(oldName)).isEmpty();

		api.put("/api/v1/agreements/{id}", agreement("Thỏa thuận", "\"localityId\": " + other, 0L), agreement)
			.andExpect(status().isOk());
		assertThat(idsFound(otherName)).containsExactly((int) agreement);
		assertThat(idsFound(newName)).isEmpty();
	}

	@Test
	void agreementsCreatedWhileTheirPartyIsRenamedAreFoundByItsFinalName() throws Exception {
		String organisation = """
				{"type": "UNIVERSITY", "names": {"vi": "Trường %s"}, "country": "VN", "localityId": %d, "version": %s}""";
		long thaiNguyen = api.localityId("VN-19");
		List<String> names = java.util.stream.Stream.generate(DatabaseListTests::uniqueWord).limit(8).toList();
		long university = Api.id(api.post("/api/v1/organisations", organisation.formatted(names.get(0), thaiNguyen, "null"))
			.andExpect(status().isCreated()));
		String title = uniqueWord();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var creating = pool.submit(() -> {
				for (int i = 0; i < 12; i++) {
					api.post("/api/v1/agreements", agreement(title, "\"organisationId\": " + university, null))
						.andExpect(status().isCreated());
				}
				return null;
			});
			var renaming = pool.submit(() -> {
				for (int version = 0; version < names.size() - 1; version++) {
					api.put("/api/v1/organisations/{id}",
							organisation.formatted(names.get(version + 1), thaiNguyen, version), university)
						.andExpect(status().isOk());
				}
				return null;
			});
			creating.get();
			renaming.get();
		}
		finally {
			pool.shutdown();
		}

		List<Integer> created = idsFound(title);
		assertThat(created).hasSize(12);
		assertThat(idsFound(names.get(names.size() - 1))).containsExactlyInAnyOrderElementsOf(created);
		for (String former : names.subList(0, names.size() - 1)) {
			assertThat(idsFound(former)).as("found by the former name " + former).isEmpty();
		}
	}

	private List<Integer> partnershipsFound(String query) throws Exception {
		return Api.read(api.get("/api/v1/partnerships?q={q}&size=200", query), "$.items[*].id");
	}

	@Test
	void listsAreInVietnameseOrder() throws Exception {
		String word = uniqueWord();
		String vnParty = "\"localityId\": " + api.localityId("VN-19");
		for (String first : List.of("Bản", "Ân", "Ăn", "An", "Đào", "Dân")) {
			api.post("/api/v1/agreements", agreement(first + " " + word, vnParty, null)).andExpect(status().isCreated());
		}

		// a free-text search is newest signed first unless a sort is chosen (see agreementSearchIsNewestSignedFirst)
		assertThat(firstWords(word + "&sort=name")).containsExactly("An", "Ăn", "Ân", "Bản", "Dân", "Đào");
		assertThat(firstWords(word + "&sort=-name")).containsExactly("Đào", "Dân", "Bản", "Ân", "Ăn", "An");
	}

	@Test
	void agreementSearchIsNewestSignedFirst() throws Exception {
		String word = uniqueWord();
		String vnParty = "\"localityId\": " + api.localityId("VN-19");
		for (String signed : List.of("2019-03-01", "2024-05-02", "null", "2021-07-15")) {
			String body = agreement("Bản ghi nhớ " + word, vnParty, null)
				.replace("\"2024-05-02\"", signed.equals("null") ? signed : "\"" + signed + "\"")
				.replace("\"kind\"", "\"visibility\": \"PUBLIC\", \"kind\"");
			api.post("/api/v1/agreements", body).andExpect(status().isCreated());
		}

		List<String> signedOn = Api.read(api.get("/api/v1/agreements?q={q}", word), "$.items[*].signedOn");
		assertThat(signedOn).containsExactly("2024-05-02", "2021-07-15", "2019-03-01", null);
		// on the page the signature column says it orders the list, and its link sorts it the other way
		assertThat(html(get("/agreements?q={q}", word).param("lang", "en")))
			.containsPattern("aria-sort=\"descending\">\\s*<a class=\"sort\" href=\"[^\"]*sort=signed\"");
	}

	private List<String> firstWords(String query) throws Exception {
		List<String> titles = Api.read(api.get("/api/v1/agreements?q=" + query), "$.items[*].title");
		return titles.stream().map(title -> title.split(" ")[0]).toList();
	}

	@Test
	void freeTextIgnoresCaseDiacriticsFormAndWordOrder() throws Exception {
		String word = uniqueWord();
		String vnParty = "\"localityId\": " + api.localityId("VN-19");
		long id = Api.id(api.post("/api/v1/agreements", agreement("Đường Sắt Hữu Nghị " + word, vnParty, null))
			.andExpect(status().isCreated()));

		String decomposed = Normalizer.normalize("nghị hữu", Normalizer.Form.NFD);
		assertThat(idsFound(word + " " + decomposed)).containsExactly((int) id);
		assertThat(idsFound("DUONG " + word.toUpperCase() + " sat")).containsExactly((int) id);
		assertThat(idsFound(word + " 100%_")).isEmpty();
	}

	@Test
	void totalsAreExactUpToTheCapAndSayMoreBeyondIt() throws Exception {
		// the reference data alone holds more than a thousand localities, 244 of them Korean
		api.get("/api/v1/localities?size=20")
			.andExpect(jsonPath("$.total").value(RecordList.TOTAL_CAP))
			.andExpect(jsonPath("$.totalExact").value(false))
			.andExpect(jsonPath("$.items.length()").value(20));
		api.get("/api/v1/localities?size=20&page=50")
			.andExpect(jsonPath("$.items.length()").value(greaterThan(0)));
		int korean = Api.read(api.get("/api/v1/localities?country=KR&size=1")
			.andExpect(jsonPath("$.totalExact").value(true)), "$.total");
		assertThat(korean).isBetween(244, RecordList.TOTAL_CAP);

		// pages taken from the ordered ids follow on from each other in the list's order
		List<Integer> all = Api.read(api.get("/api/v1/localities?country=KR&size=100"), "$.items[*].id");
		List<Integer> secondAndThird = new java.util.ArrayList<>();
		for (int page = 1; page <= 2; page++) {
			secondAndThird.addAll(Api.read(api.get("/api/v1/localities?country=KR&size=20&page={page}", page)
				.andExpect(jsonPath("$.total").value(korean)), "$.items[*].id"));
		}
		assertThat(secondAndThird).containsExactlyElementsOf(all.subList(20, 60));
		// past the end, the total still says where the list ends
		api.get("/api/v1/localities?country=KR&size=20&page=60")
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.total").value(korean))
			.andExpect(jsonPath("$.totalExact").value(true));

		mvc.perform(get("/localities")).andExpect(content().string(containsString("hơn 1.000")));
	}

	@Test
	void freeTextTotalsAreExactUpToAHundredAndSayMoreBeyondIt() throws Exception {
		// of the 244 Korean localities of the reference data, more than a hundred have "gu" (구) in their names
		String many = "/api/v1/localities?country=KR&q=gu&size=20";
		api.get(many)
			.andExpect(jsonPath("$.total").value(RecordList.FREE_TEXT_TOTAL_CAP))
			.andExpect(jsonPath("$.totalExact").value(false))
			.andExpect(jsonPath("$.items.length()").value(20));
		List<String> firstPage = Api.read(api.get(many), "$.items[*].name");
		List<String> secondPage = Api.read(api.get(many + "&page=1"), "$.items[*].name");
		assertThat(firstPage).doesNotContainAnyElementsOf(secondPage);

		// a page that holds every match says how many there are
		int all = Api.read(api.get("/api/v1/localities?country=KR&q=gu&size=200")
			.andExpect(jsonPath("$.totalExact").value(true)), "$.total");
		assertThat(all).isGreaterThan(RecordList.FREE_TEXT_TOTAL_CAP);
		List<String> names = Api.read(api.get("/api/v1/localities?country=KR&q=gu&size=200"), "$.items[*].name");
		assertThat(names).hasSize(all).startsWith(firstPage.toArray(String[]::new));

		// up to the cap the total is exact, and the page is in the list's order
		List<String> fewer = Api.read(api.get("/api/v1/localities?country=KR&q=gun&size=200")
			.andExpect(jsonPath("$.totalExact").value(true)), "$.items[*].name");
		assertThat(fewer).hasSizeBetween(21, RecordList.FREE_TEXT_TOTAL_CAP);
		assertThat(Api.<List<String>>read(api.get("/api/v1/localities?country=KR&q=gun&size=20&page=1"),
				"$.items[*].name")).containsExactlyElementsOf(fewer.subList(20, Math.min(40, fewer.size())));

		assertThat(html(get("/localities?country=KR&q=gu").param("lang", "vi"))).contains("hơn 100");
		assertThat(html(get("/localities?country=KR&q=gu").param("lang", "en"))).contains("more than 100");
		assertThat(html(get("/localities?country=KR&q=gu").param("lang", "ko"))).contains("100+");
		assertThat(html(get("/localities?country=KR&q=gun").param("lang", "en"))).doesNotContain("more than");
	}

	/**
	 * Free text finds a page among the first rows of the list's order, or through the trigram index
	 * sorted apart, or by id under the cap: whichever way, a page and its total are those of the list
	 * read whole (a page larger than the cap walks the order alone). The first rows are made few, so
	 * that the 244 Korean localities of the reference data take every way.
	 */
	@Test
	void freeTextPagesAreTheWholeListsWhateverHowCommonTheWordIs() throws Exception {
		try {
			for (int walked : List.of(10, 60, RecordList.WALKED_ROWS)) {
				RecordList.walkedRows = walked;
				// "gu" (구) names more than a hundred of them, "gun" (군) fewer
				for (String word : List.of("gu", "gun")) {
					List<Integer> whole = Api.read(api.get("/api/v1/localities?country=KR&q={q}&size=200", word),
							"$.items[*].id");
					assertThat(whole).as(word).hasSizeGreaterThan(40);
					for (int page = 0; page <= 1; page++) {
						List<Integer> ids = Api.read(api.get("/api/v1/localities?country=KR&q={q}&size=20&page={page}",
								word, page)
							.andExpect(jsonPath("$.total").value(Math.min(whole.size(), RecordList.FREE_TEXT_TOTAL_CAP)))
							.andExpect(jsonPath("$.totalExact").value(whole.size() <= RecordList.FREE_TEXT_TOTAL_CAP)),
								"$.items[*].id");
						assertThat(ids).as(word + ", page " + page + ", " + walked + " rows walked")
							.containsExactlyElementsOf(whole.subList(20 * page, 20 * page + 20));
					}
				}
			}
		}
		finally {
			RecordList.walkedRows = RecordList.WALKED_ROWS;
		}
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void partyNamesFollowARenamedOrganisation() throws Exception {
		String word = uniqueWord();
		String organisation = """
				{"type": "UNIVERSITY", "names": {"vi": "Trường %s"}, "country": "VN", "localityId": %d, "version": %s}""";
		long thaiNguyen = api.localityId("VN-19");
		long university = Api.id(api.post("/api/v1/organisations", organisation.formatted("Cũ", thaiNguyen, "null"))
			.andExpect(status().isCreated()));
		api.post("/api/v1/agreements", agreement("Thỏa thuận " + word, "\"organisationId\": " + university, null))
			.andExpect(status().isCreated());
		api.get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].parties[0].party.name").value("Trường Cũ"));
		api.get("/api/v1/organisations?q=truong&locality={l}&size=200", thaiNguyen)
			.andExpect(jsonPath("$.items[?(@.id == " + university + ")].name").value("Trường Cũ"));

		api.put("/api/v1/organisations/{id}", organisation.formatted("Mới", thaiNguyen, "0"), university)
			.andExpect(status().isOk());

		api.get("/api/v1/agreements?q={q}", word).andExpect(jsonPath("$.items[0].parties[0].party.name").value("Trường Mới"));
		api.get("/api/v1/organisations?q=truong&locality={l}&size=200", thaiNguyen)
			.andExpect(jsonPath("$.items[?(@.id == " + university + ")].name").value("Trường Mới"));
	}

	@Test
	void localityListsFollowARenamedLocality() throws Exception {
		String word = uniqueWord();
		String code = "TEST-" + word.toUpperCase();
		String locality = """
				{"code": "%s", "country": "VN", "level": "COMMUNE", "parentCode": "VN-19",
				 "names": {"vi": "Xã %s %s"}, "validFrom": "2025-07-01", "version": %s}""";
		long id = Api.id(api.post("/api/v1/localities", locality.formatted(code, "Cũ", word, "null"))
			.andExpect(status().isCreated()));
		api.post("/api/v1/organisations", """
				{"type": "BUSINESS", "names": {"vi": "Hợp tác xã %s"}, "country": "VN", "localityId": %d}"""
			.formatted(word, id)).andExpect(status().isCreated());
		api.get("/api/v1/localities?q={q}", word).andExpect(jsonPath("$.items[0].name").value("Xã Cũ " + word));
		api.get("/api/v1/organisations?q={q}", word).andExpect(jsonPath("$.items[0].locality.name").value("Xã Cũ " + word));

		api.put("/api/v1/localities/{id}", locality.formatted(code, "Mới", word, "0"), id).andExpect(status().isOk());

		api.get("/api/v1/localities?q={q}", word).andExpect(jsonPath("$.items[0].name").value("Xã Mới " + word));
		api.get("/api/v1/organisations?q={q}", word).andExpect(jsonPath("$.items[0].locality.name").value("Xã Mới " + word));
	}

	@Test
	void aProvinceFilterSeesAUnitAddedUnderItAfterwards() throws Exception {
		String word = uniqueWord();
		long thaiNguyen = api.localityId("VN-19");
		// asked once before the new unit exists
		api.get("/api/v1/organisations?locality={l}&q={q}", thaiNguyen, word).andExpect(jsonPath("$.total").value(0));
		api.get("/api/v1/agreements?locality={l}&q={q}", thaiNguyen, word).andExpect(jsonPath("$.total").value(0));

		String code = "TEST-" + word.toUpperCase();
		api.post("/api/v1/localities", """
				{"code": "%s", "country": "VN", "level": "COMMUNE", "parentCode": "VN-19",
				 "names": {"vi": "Xã %s"}, "validFrom": "2025-07-01"}""".formatted(code, word))
			.andExpect(status().isCreated());
		long organisation = Api.id(api.post("/api/v1/organisations", """
				{"type": "BUSINESS", "names": {"vi": "Hợp tác xã %s"}, "country": "VN", "localityId": %d}"""
			.formatted(word, api.localityId(code))).andExpect(status().isCreated()));

		api.get("/api/v1/organisations?locality={l}&q={q}", thaiNguyen, word)
			.andExpect(jsonPath("$.items[*].id", hasItem((int) organisation)));
		api.get("/api/v1/organisations?locality={l}&q={q}", api.localityId("VN-20"), word)
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) organisation))));

		// an agreement of that organisation: the province's agreements now include it
		long agreement = Api.id(api.post("/api/v1/agreements", agreement("Thỏa thuận " + word,
				"\"organisationId\": " + organisation, null)).andExpect(status().isCreated()));
		api.get("/api/v1/agreements?locality={l}&q={q}", thaiNguyen, word)
			.andExpect(jsonPath("$.items[*].id", hasItem((int) agreement)));
	}

	/**
	 * A list's queries are translated to SQL once per shape (filters set, number of words), not on
	 * every request: the next request of that shape with other values adds no query plan.
	 */
	@Test
	void aListShapeIsTranslatedOnce() throws Exception {
		QueryInterpretationCache plans = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getQueryEngine()
			.getInterpretationCache();
		// seven words and this filter: a shape no other test asks for
		String shape = "/api/v1/agreements?q={q}&type=MINUTES_OF_AGREEMENT&level=COMMUNE&page=0&size=20";
		int before = plans.getNumberOfCachedQueryPlans();
		api.get(shape, "aa bb cc dd ee ff " + uniqueWord()).andExpect(status().isOk());
		int afterFirst = plans.getNumberOfCachedQueryPlans();
		assertThat(afterFirst).isGreaterThan(before);
		api.get(shape, "gg hh ii jj kk ll " + uniqueWord()).andExpect(status().isOk());
		assertThat(plans.getNumberOfCachedQueryPlans()).isEqualTo(afterFirst);
	}

	@Test
	void listRequestsOfAKnownShapeAddNoPlan() throws Exception {
		QueryInterpretationCache plans = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getQueryEngine()
			.getInterpretationCache();
		// a plan kept per request (as a capped count over a subquery in FROM was) would push the
		// lists' own shapes out of the cache under load
		for (String list : List.of("/api/v1/agreements?size=7", "/api/v1/agreements?country=KR&size=7",
				"/api/v1/delegations?direction=INBOUND&size=7", "/api/v1/projects?size=7")) {
			api.get(list + "&page=0").andExpect(status().isOk());
			int afterFirst = plans.getNumberOfCachedQueryPlans();
			api.get(list + "&page=1").andExpect(status().isOk());
			api.get(list + "&page=0").andExpect(status().isOk());
			assertThat(plans.getNumberOfCachedQueryPlans()).as(list).isEqualTo(afterFirst);
		}
	}

	/**
	 * Every reader's list is translated to SQL once per shape, not only a national reader's: the
	 * others' lists are filtered on the records' stewardship, an embedded value, whose path Hibernate
	 * named anew in every query, so that their list queries (and every capped count) missed the plan
	 * cache on every request and were each kept as one plan more ({@link ListShapes}).
	 */
	@Test
	void everyReadersListQueriesHitThePlanCacheOncePlanned() throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		List<String> lists = List.of("/api/v1/agreements?size=7", "/api/v1/agreements?country=KR&size=7",
				"/api/v1/partnerships?size=7", "/api/v1/delegations?direction=INBOUND&size=7");
		for (Api reader : List.of(new Api(mvc), new Api(mvc).as("thainguyen"), api)) {
			for (String list : lists) {
				reader.get(list + "&page=0").andExpect(status().isOk());
				statistics.setStatisticsEnabled(true);
				statistics.clear();
				try {
					reader.get(list + "&page=1").andExpect(status().isOk());
					reader.get(list + "&page=0").andExpect(status().isOk());
					assertThat(statistics.getQueryPlanCacheMissCount()).as(list).isZero();
					assertThat(statistics.getQueryPlanCacheHitCount()).as(list).isPositive();
				}
				finally {
					statistics.setStatisticsEnabled(enabled);
				}
			}
		}
	}

	@Test
	void anAdHocCriteriaQueryIsNotKeptWithItsValues() {
		QueryInterpretationCache plans = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getQueryEngine()
			.getInterpretationCache();
		int before = plans.getNumberOfCachedQueryPlans();
		// a query of a thousand ids outside the lists (as the health signals ask in chunks): kept, it
		// would hold every value for as long as the cache holds it
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			CriteriaBuilder cb = entityManager.getCriteriaBuilder();
			CriteriaQuery<Long> query = cb.createQuery(Long.class);
			Root<Agreement> root = query.from(Agreement.class);
			query.select(root.get("id")).where(root.get("id").in(LongStream.rangeClosed(1, 1000).boxed().toList()));
			entityManager.createQuery(query).getResultList();
		}
		assertThat(plans.getNumberOfCachedQueryPlans()).isEqualTo(before);
	}

	/**
	 * A list page runs its own queries and reads the rest by id through statements built once
	 * ({@link ByIds}): the unfiltered page and its capped count, or the filtered list's ordered ids,
	 * and nothing else. A query with an id list (the page's records, its parties' localities and
	 * organisations) is planned and translated to SQL anew on every call, which cost a list request
	 * more CPU than its rows (docs/benchmarks.md).
	 */
	@Test
	void aListPageQueriesOnlyItsOwnRecordsAndReadsTheRestById() throws Exception {
		Api anonymous = new Api(mvc);
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		Map<String, Long> queriesOf = Map.of("/api/v1/agreements?page=0&size=20", 2L,
				"/api/v1/agreements?country=KR&page=0&size=20", 1L);
		queriesOf.forEach((path, queries) -> {
			statistics.setStatisticsEnabled(true);
			statistics.clear();
			try {
				anonymous.get(path).andExpect(jsonPath("$.items[0].parties[0].party.name").isNotEmpty());
				assertThat(statistics.getQueryExecutionCount())
					.as("queries of %s: %s", path, List.of(statistics.getQueries()))
					.isEqualTo(queries);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				statistics.setStatisticsEnabled(enabled);
			}
		});
	}

}
