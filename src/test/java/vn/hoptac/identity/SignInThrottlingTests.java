package vn.hoptac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.Role;

/**
 * Password guessing is slowed down per account name and source address, the same way for known
 * and unknown names, for the sign-in form and HTTP Basic alike, and it holds under concurrency:
 * after five attempts in a row a source waits 1 s, 2 s, 4 s … (at most 15 minutes) between
 * attempts, while the real user signs in from elsewhere. The clock stands still unless moved.
 */
@ApiTest
@Import(SignInThrottlingTests.StillClock.class)
class SignInThrottlingTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class StillClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Clock.systemUTC().instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
		}

	}

	/** How a sign-in attempt ended, and what its client was shown. */
	enum Kind {

		SIGNED_IN, WRONG, DELAYED, OTHER, SERVER_ERROR

	}

	record Outcome(Kind kind, String shown) {
	}

	/** The two ways to present a name and password. */
	enum Channel {

		FORM, BASIC

	}

	static final Pattern LOGIN_ERROR = Pattern.compile("id=\"login-error\"[^>]*>(.*?)</div>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	MovableClock clock;

	User officer;

	@BeforeEach
	void setUp() throws Exception {
		officer = new TestAccounts(users).create("guarded", Role.PROVINCE_OFFICER,
				new Api(mvc).localityId("VN-19"));
	}

	private static String newSource() {
		return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	private Outcome attempt(Channel channel, String username, String password, String source) {
		try {
			return channel == Channel.FORM ? form(username, password, source) : basic(username, password, source);
		}
		catch (Exception ex) {
			return new Outcome(Kind.SERVER_ERROR, ex.toString());
		}
	}

	private Outcome form(String username, String password, String source) throws Exception {
		MvcResult result = mvc.perform(TestAccounts.formSignIn(username, password, source)).andReturn();
		MockHttpServletResponse response = result.getResponse();
		if (response.getStatus() >= 500) {
			return new Outcome(Kind.SERVER_ERROR, "HTTP " + response.getStatus());
		}
		if ("/".equals(response.getRedirectedUrl())) {
			return new Outcome(Kind.SIGNED_IN, "/");
		}
		HttpSession session = result.getRequest().getSession(false);
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		String page = mvc.perform(get("/login").param("error", "").session((MockHttpSession) session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher message = LOGIN_ERROR.matcher(page);
		String shown = response.getRedirectedUrl() + " " + (message.find() ? message.group(1).strip() : "");
		String type = failure == null ? "" : failure.getClass().getSimpleName();
		Kind kind = switch (type) {
			case "BadCredentialsException" -> Kind.WRONG;
			case "SignInDelayedException", "LockedException" -> Kind.DELAYED;
			default -> Kind.OTHER;
		};
		return new Outcome(kind, shown);
	}

	private Outcome basic(String username, String password, String source) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(TestAccounts.basic(HttpMethod.GET, "/api/v1/account/tokens", username, password, source))
			.andReturn()
			.getResponse();
		String shown = response.getStatus() + " " + response.getHeader(HttpHeaders.RETRY_AFTER) + " "
				+ response.getContentAsString();
		Kind kind = switch (response.getStatus()) {
			case 200 -> Kind.SIGNED_IN;
			case 401 -> Kind.WRONG;
			case 429 -> Kind.DELAYED;
			default -> response.getStatus() >= 500 ? Kind.SERVER_ERROR : Kind.OTHER;
		};
		return new Outcome(kind, shown);
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void knownAndUnknownNamesGetTheSameAnswers(Channel channel) {
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		String knownSource = newSource();
		String unknownSource = newSource();
		List<Outcome> known = new ArrayList<>();
		List<Outcome> stranger = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			known.add(attempt(channel, officer.getUsername(), "wrong-password", knownSource));
			stranger.add(attempt(channel, unknown, "wrong-password", unknownSource));
		}
		known.add(attempt(channel, officer.getUsername(), TestAccounts.PASSWORD, knownSource));
		stranger.add(attempt(channel, unknown, TestAccounts.PASSWORD, unknownSource));

		assertThat(known).isEqualTo(stranger);
		assertThat(known).extracting(Outcome::kind)
			.containsExactly(Kind.WRONG, Kind.WRONG, Kind.WRONG, Kind.WRONG, Kind.WRONG, Kind.DELAYED, Kind.DELAYED,
					Kind.DELAYED);
		if (channel == Channel.FORM) {
			assertThat(known.get(0).shown()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
			assertThat(known.get(5).shown()).contains("Vui lòng chờ một lát rồi thử lại.");
		}
		else {
			assertThat(known.get(5).shown()).startsWith("429 1 ");
		}
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void aStrangerCannotLockTheUserOut(Channel channel) {
		String stranger = newSource();
		for (int i = 0; i < 20; i++) {
			clock.advance(Duration.ofSeconds(1 << Math.min(i, 10)));
			attempt(channel, officer.getUsername(), "guess-" + i, stranger);
		}
		assertThat(attempt(channel, officer.getUsername(), TestAccounts.PASSWORD, stranger).kind())
			.isEqualTo(Kind.DELAYED);
		assertThat(attempt(channel, officer.getUsername(), TestAccounts.PASSWORD, newSource()).kind())
			.isEqualTo(Kind.SIGNED_IN);
	}

	@Test
	void theDelayDoublesUpToAQuarterOfAnHourAndASuccessStartsAfresh() {
		String source = newSource();
		for (int i = 0; i < 5; i++) {
			assertThat(attempt(Channel.BASIC, officer.getUsername(), "wrong", source).kind()).isEqualTo(Kind.WRONG);
		}
		assertThat(attempt(Channel.BASIC, officer.getUsername(), TestAccounts.PASSWORD, source).shown())
			.startsWith("429 1 ");
		clock.advance(Duration.ofMillis(999));
		assertThat(attempt(Channel.BASIC, officer.getUsername(), TestAccounts.PASSWORD, source).kind())
			.isEqualTo(Kind.DELAYED);
		clock.advance(Duration.ofMillis(1));
		assertThat(attempt(Channel.BASIC, officer.getUsername(), "wrong", source).kind()).isEqualTo(Kind.WRONG);
		assertThat(attempt(Channel.BASIC, officer.getUsername(), "wrong", source).shown()).startsWith("429 2 ");
		List<String> waits = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String shown = attempt(Channel.BASIC, officer.getUsername(), "wrong", source).shown();
			waits.add(shown.split(" ")[1]);
			clock.advance(Duration.ofSeconds(Long.parseLong(shown.split(" ")[1])));
			assertThat(attempt(Channel.BASIC, officer.getUsername(), "wrong", source).kind()).isEqualTo(Kind.WRONG);
		}
		assertThat(waits).containsExactly("2", "4", "8", "16", "32", "64", "128", "256", "512", "900", "900", "900");

		clock.advance(Duration.ofMinutes(15));
		assertThat(attempt(Channel.FORM, officer.getUsername(), TestAccounts.PASSWORD, source).kind())
			.isEqualTo(Kind.SIGNED_IN);
		for (int i = 0; i < 5; i++) {
			assertThat(attempt(Channel.BASIC, officer.getUsername(), "wrong", source).kind()).isEqualTo(Kind.WRONG);
		}
	}

	@Test
	void aDayWithoutAttemptsOrAnAdministratorsResetForgives() throws Exception {
		String source = newSource();
		for (int i = 0; i < 6; i++) {
			attempt(Channel.FORM, officer.getUsername(), "wrong", source);
		}
		assertThat(attempt(Channel.FORM, officer.getUsername(), TestAccounts.PASSWORD, source).kind())
			.isEqualTo(Kind.DELAYED);
		new Api(mvc).as("admin")
			.post("/api/v1/users/{id}/password", """
					{"password": "temporary-password-2"}""", officer.getId())
			.andReturn();
		assertThat(attempt(Channel.FORM, officer.getUsername(), "temporary-password-2", source).kind())
			.isEqualTo(Kind.SIGNED_IN);

		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 20; i++) {
			clock.advance(Duration.ofMinutes(15));
			assertThat(attempt(Channel.BASIC, unknown, "wrong", source).kind()).isEqualTo(Kind.WRONG);
		}
		assertThat(attempt(Channel.BASIC, unknown, "wrong", source).kind()).isEqualTo(Kind.DELAYED);
		clock.advance(Duration.ofDays(1).plusSeconds(1));
		for (int i = 0; i < 5; i++) {
			assertThat(attempt(Channel.BASIC, unknown, "wrong", source).kind()).isEqualTo(Kind.WRONG);
		}
		assertThat(attempt(Channel.BASIC, unknown, "wrong", source).kind()).isEqualTo(Kind.DELAYED);
	}

	/**
	 * Thirty simultaneous sign-ins from one source, twenty-nine wrong and then the right one: five
	 * passwords are checked, every other attempt is refused unchecked, the right one too, and no
	 * request fails. The right password then still waits at that source, not at another.
	 */
	@ParameterizedTest
	@EnumSource(Channel.class)
	void holdsUnderThirtySimultaneousSignIns(Channel channel) throws Exception {
		String source = newSource();
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch refusedOnce = new CountDownLatch(1);
		CountDownLatch wrongDone = new CountDownLatch(29);
		ExecutorService pool = Executors.newFixedThreadPool(30);
		try {
			List<Future<Outcome>> wrong = new ArrayList<>();
			for (int i = 0; i < 29; i++) {
				String guess = "guess-" + i;
				wrong.add(pool.submit(() -> {
					start.await();
					Outcome outcome = attempt(channel, officer.getUsername(), guess, source);
					if (outcome.kind() != Kind.WRONG) {
						refusedOnce.countDown();
					}
					wrongDone.countDown();
					return outcome;
				}));
			}
			Future<Outcome> right = pool.submit(() -> {
				start.await();
				while (!refusedOnce.await(5, TimeUnit.MILLISECONDS) && wrongDone.getCount() > 0) {
					// the right password goes last: once the wrong ones are under way
				}
				return attempt(channel, officer.getUsername(), TestAccounts.PASSWORD, source);
			});
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : wrong) {
				outcomes.add(future.get(120, TimeUnit.SECONDS));
			}
			Outcome rightOutcome = right.get(120, TimeUnit.SECONDS);
			outcomes.add(rightOutcome);

			Map<Kind, Long> counts = outcomes.stream()
				.collect(Collectors.groupingBy(Outcome::kind, Collectors.counting()));
			assertThat(outcomes).as("no request fails").noneMatch(o -> o.kind() == Kind.SERVER_ERROR);
			assertThat(rightOutcome.kind()).as(counts.toString()).isEqualTo(Kind.DELAYED);
			assertThat(counts).containsEntry(Kind.WRONG, 5L).containsEntry(Kind.DELAYED, 25L);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(attempt(channel, officer.getUsername(), TestAccounts.PASSWORD, source).kind())
			.isEqualTo(Kind.DELAYED);
		assertThat(attempt(channel, officer.getUsername(), TestAccounts.PASSWORD, newSource()).kind())
			.isEqualTo(Kind.SIGNED_IN);
	}

}
