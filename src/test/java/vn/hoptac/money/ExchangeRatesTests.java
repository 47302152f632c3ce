package vn.hoptac.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RuleViolationException;

/**
 * Exchange rates: exact conversion into đồng and dollars with the shipped rates, a year without a
 * rate refused naming currency and year, CSV uploads all or nothing, for administrators only.
 */
@ApiTest
class ExchangeRatesTests {

	/** Rates this test uploads: yen of years no shipped or seeded record uses, removed before each test. */
	private static final String TEST_ROWS = "currency = 'JPY' and valid_from < date '1910-01-01'";

	@Autowired
	MockMvc mvc;

	@Autowired
	Money money;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	UserDetailsService userDetails;

	@BeforeEach
	void removeTestRates() {
		jdbc.sql("delete from exchange_rate where " + TEST_ROWS).update();
	}

	private long testRates() {
		return jdbc.sql("select count(*) from exchange_rate where " + TEST_ROWS).query(Long.class).single();
	}

	private ResultActions upload(String username, String csv, String language) throws Exception {
		var request = post("/api/v1/exchange-rates").contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		if (username != null) {
			request.with(SecurityMockMvcRequestPostProcessors.httpBasic(username, "demo"));
		}
		return mvc.perform(request);
	}

	private Converted convert(String amount, String currency, LocalDate on) {
		return Access.asSystem(() -> money.convert(new BigDecimal(amount), currency, on));
	}

	@Test
	void convertsExactlyWithTheRatesOfTheYear() {
		// the EC grant of 001 §4.4.3: 393,000 euros, "9,420,210,000 đồng" in the source itself
		Converted euros = convert("393000", "EUR", LocalDate.of(2017, 6, 1));
		assertThat(euros.vnd()).isEqualByComparingTo("9420210000");
		assertThat(euros.usd()).isEqualByComparingTo("421107.3804352150572483168373484416");
		assertThat(euros.usdToStore()).isEqualTo(new BigDecimal("421107.38"));
		assertThat(euros.rateIds()).hasSize(2);

		Converted dollars = convert("1234.56", "USD", LocalDate.of(2017, 12, 31));
		assertThat(dollars.vnd()).isEqualByComparingTo("27617218.3104");
		assertThat(dollars.vndToStore()).isEqualTo(new BigDecimal("27617218.31"));
		assertThat(dollars.usd()).isEqualTo(new BigDecimal("1234.56"));
		assertThat(dollars.rateIds()).hasSize(1);

		Converted dong = convert("22370.09", "VND", LocalDate.of(2017, 1, 1));
		assertThat(dong.vnd()).isEqualTo(new BigDecimal("22370.09"));
		assertThat(dong.usd()).isEqualByComparingTo("1");

		// the source-implied krona of 2013 (001 §4.3.3 a), to the dollar of 2013
		Converted kronor = convert("2400000", "SEK", LocalDate.of(2013, 1, 1));
		assertThat(kronor.vnd()).isEqualByComparingTo("7549999999.2");
		assertThat(kronor.usdToStore()).isEqualTo(new BigDecimal("360667.30"));
	}

	@Test
	void storedEquivalentsRoundHalfToEven() {
		assertThat(new Converted(new BigDecimal("0.125"), new BigDecimal("0.135"), List.of()).vndToStore())
			.isEqualTo(new BigDecimal("0.12"));
		assertThat(new Converted(new BigDecimal("0.125"), new BigDecimal("0.135"), List.of()).usdToStore())
			.isEqualTo(new BigDecimal("0.14"));
	}

	@Test
	void aYearWithoutARateIsRefusedNamingCurrencyAndYear() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> Access.asSystem(
					() -> money.convert(BigDecimal.TEN, "KRW", LocalDate.of(2025, 3, 1), "costCurrency")))
			.satisfies(ex -> {
				RuleViolationException.Violation violation = ex.violations().get(0);
				assertThat(violation.field()).isEqualTo("costCurrency");
				assertThat(messages.getMessage(violation.messageKey(), violation.args(), Locale.ENGLISH))
					.isEqualTo("There is no KRW exchange rate for 2025 yet; load that year's rate first.");
				assertThat(messages.getMessage(violation.messageKey(), violation.args(), Locale.forLanguageTag("vi")))
					.contains("KRW", "2025");
			});
		// đồng needs no rate of its own, but its dollar equivalent needs the dollar's of the year
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> convert("1000", "VND", LocalDate.of(2025, 5, 1)))
			.satisfies(ex -> assertThat(ex.violations().get(0).args()).containsExactly("USD", 2025));
	}

	@Test
	void aCsvFileIsLoadedWholeOrNotAtAll() throws Exception {
		String bad = """
				currency,year,vnd_per_unit,kind,source
				JPY,1901,150.5,ANNUAL_AVERAGE,Test source A
				JPY,1902,-3,ANNUAL_AVERAGE,Test source B
				XXQ,1903,12,SOMETIMES,
				""";
		upload("admin", bad, "en").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("rows[1].vndPerUnit", "rows[2].currency",
							"rows[2].kind", "rows[2].source")))
			.andExpect(jsonPath("$.errors[?(@.field == 'rows[1].vndPerUnit')].message",
					hasItem(containsString("positive number"))));
		assertThat(testRates()).isZero();

		String good = """
				currency,year,vnd_per_unit,kind,source
				JPY,1901,150.5,ANNUAL_AVERAGE,Test source A
				JPY,1902,151.25,ANNUAL_AVERAGE,Test source B
				""";
		upload("admin", good, "vi").andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(testRates()).isEqualTo(2);
		Api api = new Api(mvc).as("admin");
		api.get("/api/v1/exchange-rates?currency=jpy&size=200")
			.andExpect(jsonPath("$.items[?(@.validFrom == '1902-01-01')].vndPerUnit", hasItem(151.25)))
			.andExpect(jsonPath("$.items[?(@.validFrom == '1902-01-01')].validTo", hasItem("1902-12-31")));

		// a row for a known currency and start replaces it; an overlapping one refuses the whole file
		upload("admin", "currency,year,vnd_per_unit,kind,source\nJPY,1902,152,ANNUAL_AVERAGE,Test source C\n", "vi")
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1));
		upload("admin", """
				currency,valid_from,valid_to,vnd_per_unit,kind,source
				JPY,1903-01-01,1903-12-31,1,ANNUAL_AVERAGE,Test
				JPY,1902-07-01,1903-06-30,1,ANNUAL_AVERAGE,Test
				""", "vi").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("rows[1].validFrom")));
		assertThat(testRates()).isEqualTo(2);

		// every write is in the audit trail
		long replaced = jdbc.sql("select id from exchange_rate where currency = 'JPY' and valid_from = date '1902-01-01'")
			.query(Long.class)
			.single();
		api.get("/api/v1/audit?entity=exchange_rate&entityId={id}", replaced)
			.andExpect(jsonPath("$.items[*].action", org.hamcrest.Matchers.containsInAnyOrder("CREATED", "UPDATED")));
	}

	@Test
	void aFileWithoutTheColumnsIsRefusedAsAWhole() throws Exception {
		upload("admin", "code,rate\nJPY,1\n", "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString("currency,year,vnd_per_unit,kind,source")));
	}

	@Test
	void onlyAdministratorsLoadRates() throws Exception {
		String csv = "currency,year,vnd_per_unit,kind,source\nJPY,1901,150,ANNUAL_AVERAGE,Test\n";
		upload("thainguyen", csv, "vi").andExpect(status().isForbidden());
		upload("mofa", csv, "vi").andExpect(status().isForbidden());
		upload(null, csv, "vi").andExpect(status().isUnauthorized());
		assertThat(testRates()).isZero();
		mvc.perform(get("/admin/exchange-rates").with(new SignedInAs(userDetails).user("thainguyen")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theShippedRatesAreListedWithTheirSources() throws Exception {
		new Api(mvc).get("/api/v1/exchange-rates?currency=USD&size=200")
			.andExpect(jsonPath("$.items[?(@.validFrom == '2017-01-01')].vndPerUnit", hasItem(22370.09)))
			.andExpect(jsonPath("$.items[?(@.validFrom == '2017-01-01')].kind", hasItem("ANNUAL_AVERAGE")))
			.andExpect(jsonPath("$.items[?(@.validFrom == '2017-01-01')].source",
					hasItem(containsString("PA.NUS.FCRF"))));
		new Api(mvc).get("/api/v1/exchange-rates?currency=EUR&size=200")
			.andExpect(jsonPath("$.items[?(@.validFrom == '2017-01-01')].kind", hasItem("SOURCE_IMPLIED")))
			.andExpect(jsonPath("$.items[?(@.validFrom == '2017-01-01')].sourceCitations[0].document.id",
					hasItem("001_35b6366d42811707")));
	}

	@Test
	void theRatesDerivedFromPublishedSeriesSayHow() throws Exception {
		// the won of 2016: the dollar's WDI rate divided by the mean of the Federal Reserve's daily rates
		new Api(mvc).get("/api/v1/exchange-rates?currency=KRW&size=200")
			.andExpect(jsonPath("$.items[?(@.validFrom == '2016-01-01')].vndPerUnit", hasItem(18.920213)))
			.andExpect(jsonPath("$.items[?(@.validFrom == '2016-01-01')].kind", hasItem("DERIVED")))
			.andExpect(jsonPath("$.items[?(@.validFrom == '2016-01-01')].source",
					hasItem(containsString("H.10 Foreign Exchange Rates, KRW per USD (DEXKOUS"))));
		// the dollar after the WDI rows: the mean of the IMF's month-end rates
		new Api(mvc).get("/api/v1/exchange-rates?currency=USD&size=200")
			.andExpect(jsonPath("$.items[?(@.validFrom == '2022-01-01')].vndPerUnit", hasItem(23285.6125)))
			.andExpect(jsonPath("$.items[?(@.validFrom == '2022-01-01')].source",
					hasItem(containsString("IMF International Financial Statistics"))));
		// the euro of 2012 through the dollar: 601,346.76 euros of 001 §4.5.4
		Converted euros = convert("601346.76", "EUR", LocalDate.of(2012, 1, 1));
		assertThat(euros.vnd()).isEqualByComparingTo("16105379376.88210272");
		assertThat(euros.usdToStore()).isEqualTo(new BigDecimal("773256.16"));
	}

	@Test
	void theAdministratorsPageListsRatesAndTakesAFile() throws Exception {
		var admin = new SignedInAs(userDetails).user("admin");
		mvc.perform(get("/admin/exchange-rates").with(admin).param("lang", "en").param("currency", "USD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Annual average")))
			.andExpect(content().string(containsString("22,370.09")));

		MockMultipartFile bad = new MockMultipartFile("file", "rates.csv", "text/csv",
				"currency,year,vnd_per_unit,kind,source\nJPY,1901,abc,ANNUAL_AVERAGE,Test\n".getBytes());
		mvc.perform(multipart("/admin/exchange-rates").file(bad)
			.with(admin)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rows[0].vndPerUnit")))
			.andExpect(content().string(containsString("Tệp bị từ chối")));
		assertThat(testRates()).isZero();

		MockMultipartFile good = new MockMultipartFile("file", "rates.csv", "text/csv",
				"currency,year,vnd_per_unit,kind,source\nJPY,1901,150,ANNUAL_AVERAGE,Test\n".getBytes());
		mvc.perform(multipart("/admin/exchange-rates").file(good)
			.with(admin)
			.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(redirectedUrl("/admin/exchange-rates"));
		assertThat(testRates()).isEqualTo(1);

		// the download is the upload's format: uploaded again, it replaces every rate by itself
		String exported = mvc.perform(get("/admin/exchange-rates/export.csv").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).contains("USD,2017-01-01,2017-12-31,22370.09,ANNUAL_AVERAGE,")
			.contains("JPY,1901-01-01,1901-12-31,150,ANNUAL_AVERAGE,Test");
		long rates = jdbc.sql("select count(*) from exchange_rate").query(Long.class).single();
		upload("admin", exported, "vi").andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value((int) rates));
	}

}
