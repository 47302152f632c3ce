package vn.hoptac.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;

@ApiTest
class PartnershipHealthApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<PartnershipActivitySource> sources;

	@Autowired
	UserDetailsService userDetails;

	Api api;

	long thaiNguyen;

	long foreignCity;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		foreignCity = api.localityId("KR-37");
	}

	long partnership(String status, String since) throws Exception {
		return Api.id(api.post("/api/v1/partnerships", """
				{"title": "Sức khỏe %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "visibility": "INTERNAL",
				 "statuses": [{"status": "%s", "date": "%s"}]}""".formatted(UUID.randomUUID(), thaiNguyen, foreignCity,
				status, since))
			.andExpect(status().isCreated()));
	}

	long agreementSigned(long partnership, String signedOn) throws Exception {
		return Api.id(api.post("/api/v1/agreements", """
				{"title": "Biên bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
				 "level": "PROVINCE", "signedOn": "%s", "partnershipId": %d,
				 "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), signedOn, partnership, thaiNguyen, foreignCity))
			.andExpect(status().isCreated()));
	}

	long delegationHeld(long partnership, LocalDate start) throws Exception {
		return Api.id(api.post("/api/v1/delegations", """
				{"title": "Đoàn %s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "partnershipId": %d, "startOn": "%s"}"""
			.formatted(UUID.randomUUID(), thaiNguyen, foreignCity, partnership, start))
			.andExpect(status().isCreated()));
	}

	@Test
	void aFormalPartnershipSignedLongAgoWithNothingSinceIsDormantAndANewDelegationMakesItActive() throws Exception {
		long id = partnership("FORMAL", "2016-05-10");
		long agreement = agreementSigned(id, "2016-05-10");

		api.get("/api/v1/partnerships/{id}/health", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DORMANT"))
			.andExpect(jsonPath("$.stage").value("SYMBOLIC"))
			.andExpect(jsonPath("$.stateLabel").value("Không hoạt động"))
			.andExpect(jsonPath("$.lastActivity").value("2016-05-10"))
			.andExpect(jsonPath("$.reasons[0].code").value("dormantSince"))
			.andExpect(jsonPath("$.reasons[0].date").value("2016-05-10"))
			.andExpect(jsonPath("$.reasons[1].code").value("signal.AGREEMENT_ACTION"))
			.andExpect(jsonPath("$.reasons[1].record.href").value("/agreements/" + agreement))
			.andExpect(jsonPath("$.reasons[1].record.apiHref").value("/api/v1/agreements/" + agreement));
		api.get("/api/v1/partnerships/attention?province={p}", thaiNguyen)
			.andExpect(jsonPath("$[*].partnershipId", hasItem((int) id)));

		LocalDate lastMonth = LocalDate.now().minusMonths(1);
		long delegation = delegationHeld(id, lastMonth);

		api.in("en")
			.get("/api/v1/partnerships/{id}/health", id)
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.stateLabel").value("Active"))
			.andExpect(jsonPath("$.lastActivity").value(lastMonth.toString()))
			.andExpect(jsonPath("$.reasons[1].code").value("signal.DELEGATION"))
			.andExpect(jsonPath("$.reasons[1].record.href").value("/delegations/" + delegation))
			.andExpect(jsonPath("$.reasons[1].text", containsString("Latest delegation")));
	}

	@Test
	void aSignalNamesTheLatestRecordTheLaterOfTwoOnItsDayAndCountsEveryRecordOnce() throws Exception {
		long id = partnership("FORMAL", "2016-05-10");
		long agreement = agreementSigned(id, "2016-05-10");
		LocalDate day = LocalDate.now().minusMonths(2);
		delegationHeld(id, day.minusYears(1));
		long first = delegationHeld(id, day);
		long second = delegationHeld(id, day);
		String delegations = "$.reasons[?(@.code == 'signal.DELEGATION')]";
		String agreements = "$.reasons[?(@.code == 'signal.AGREEMENT_ACTION')]";
		api.get("/api/v1/partnerships/{id}/health", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastActivity").value(day.toString()))
			.andExpect(jsonPath(delegations + ".record.href").value("/delegations/" + Math.max(first, second)))
			.andExpect(jsonPath(delegations + ".date").value(day.toString()))
			.andExpect(jsonPath(delegations + ".count").value(3))
			.andExpect(jsonPath(agreements + ".record.href").value("/agreements/" + agreement))
			.andExpect(jsonPath(agreements + ".count").value(1));
	}

	@Test
	void onlyALetterOfIntentYearsAgoIsStuck() throws Exception {
		long id = partnership("LOI", "2018");
		api.in("ko")
			.get("/api/v1/partnerships/{id}/health", id)
			.andExpect(jsonPath("$.state").value("STUCK_AT_LETTER_OF_INTENT"))
			.andExpect(jsonPath("$.reasons[0].code").value("letterOfIntent"))
			.andExpect(jsonPath("$.reasons[0].text", containsString("의향서")));
	}

	@Test
	void aReaderOfAnotherProvinceNeitherReadsTheHealthNorSeesItInTheAttentionList() throws Exception {
		long id = partnership("FORMAL", "2015");
		Api other = new Api(mvc).as("danang");
		other.get("/api/v1/partnerships/{id}/health", id).andExpect(status().isForbidden());
		other.get("/api/v1/partnerships/attention")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].partnershipId", not(hasItem((int) id))));
		new Api(mvc).anonymous().get("/api/v1/partnerships/{id}/health", id).andExpect(status().isUnauthorized());
	}

	@Test
	void theStateDepthGivesEveryKindsLatestDateAndTheReviewsConclusionWithoutCountsOrRecords() throws Exception {
		long id = partnership("FORMAL", "2016-05-10");
		agreementSigned(id, "2016-05-10");
		LocalDate day = LocalDate.now().minusMonths(2);
		delegationHeld(id, day.minusYears(1));
		delegationHeld(id, day);
		int year = LocalDate.now().getYear() - 1;
		api.post("/api/v1/reviews", """
				{"partnershipId": %d, "kind": "ANNUAL", "periodYear": %d, "reviewedOn": "%d-12-20",
				 "reviewer": "Sở Ngoại vụ Thái Nguyên", "conclusion": "PAUSE"}""".formatted(id, year, year))
			.andExpect(status().isCreated());
		UserDetails admin = userDetails.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			Map<String, String> reasons = latest(id, SignalDepth.REASONS);
			assertThat(reasons).containsEntry("AGREEMENT_ACTION", "2016-05-10 null")
				.containsEntry("DELEGATION", day + " null")
				.containsEntry("REVIEW", year + "-12-20 PAUSE");
			assertThat(latest(id, SignalDepth.STATE)).isEqualTo(reasons);
			for (PartnershipActivitySource source : sources) {
				for (PartnershipSignal signal : source.signalsOf(PartnershipScope.of(List.of(id)), LocalDate.now(),
						SignalDepth.STATE)) {
					if (signal.detail() == null) {
						// a kind without a detail is read from the grouping alone
						assertThat(signal.count()).isZero();
						assertThat(signal.record()).isNull();
					}
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The partnership's signals of every source at the depth: each kind's latest date and detail. */
	private Map<String, String> latest(long partnership, SignalDepth depth) {
		Map<String, String> latest = new TreeMap<>();
		for (PartnershipActivitySource source : sources) {
			source.signalsOf(PartnershipScope.of(List.of(partnership)), LocalDate.now(), depth)
				.forEach(s -> latest.put(s.kind().name(), s.date() + " " + s.detail()));
		}
		return latest;
	}

}
