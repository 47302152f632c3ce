package vn.hoptac.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.identity.User;
import vn.hoptac.identity.UserService;
import vn.hoptac.reminders.ReminderFixtures.Agreement;
import vn.hoptac.reminders.internal.DailyDigest;

/**
 * The digest goes out through a real SMTP server (GreenMail) started by the test: to the user's
 * address, in the user's language, with links to the records; once a day; and a message the server
 * did not take is kept with its error and sent by the next run.
 */
@ApiTest
class DigestMailTests {

	/** A port of its own, so that the server can stop and start again on it (and no other build's test takes it). */
	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.port(PORT))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("hoptac.reminders.from", () -> "nhacviec@hoptac.example.vn");
		registry.add("hoptac.reminders.base-url", () -> "https://hoptac.example.vn/");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DailyDigest digest;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	DigestRecipients recipients;

	ReminderFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		Api admin = new Api(mvc).as("admin");
		recipients = new DigestRecipients(admin, users);
		fixtures = ReminderFixtures.of(admin);
		today = LocalDate.now(clock);
	}

	@Test
	void eachOfficerGetsOneDigestADayInTheirLanguageWithLinks() throws Exception {
		Agreement expiring = fixtures.expiring("Thỏa thuận gửi thư nhắc việc", today.plusDays(20));
		User vietnamese = recipients.officer("vi");
		User english = recipients.officer("en");

		DailyDigest.Run first = digest.run(today);
		assertThat(first.sent()).isGreaterThanOrEqualTo(2);

		MimeMessage vi = only(received(vietnamese));
		assertThat(vi.getFrom()).extracting(Object::toString).containsExactly("nhacviec@hoptac.example.vn");
		assertThat(vi.getSubject()).startsWith("hoptac: ").contains("việc cần xử lý");
		assertThat(text(vi)).contains("Kính gửi Cán bộ " + vietnamese.getUsername(), "Thỏa thuận sắp hết hiệu lực",
				expiring.title(), "https://hoptac.example.vn/agreements/" + expiring.id(), "còn 20 ngày");

		MimeMessage en = only(received(english));
		assertThat(en.getSubject()).contains("things need attention");
		assertThat(text(en)).contains("Dear Cán bộ " + english.getUsername(), "Agreements about to expire",
				expiring.title(), "https://hoptac.example.vn/agreements/" + expiring.id(), "20 days left")
			.doesNotContain("Thỏa thuận sắp hết hiệu lực");
		assertThat(sentAt(vietnamese)).isNotNull();

		DailyDigest.Run again = digest.run(today);
		assertThat(again).isEqualTo(new DailyDigest.Run(0, 0));
		assertThat(received(vietnamese)).as("one digest a day").hasSize(1);
		assertThat(received(english)).hasSize(1);
	}

	@Test
	void aMessageTheServerDidNotTakeIsKeptWithItsErrorAndSentByTheNextRun() throws Exception {
		fixtures.signed("Thỏa thuận chờ báo cáo, thư gửi lại", today.minusDays(2));
		User officer = recipients.officer("ko");
		mail.stop();
		try {
			digest.run(today);
		}
		finally {
			mail.start();
		}
		assertThat(sentAt(officer)).isNull();
		assertThat(jdbc.queryForObject("select attempts from reminder_outbox where user_id = ?", Integer.class,
				officer.getId())).isOne();
		assertThat(jdbc.queryForObject("select last_error from reminder_outbox where user_id = ?", String.class,
				officer.getId())).isNotBlank();
		assertThat(received(officer)).isEmpty();

		digest.run(today);
		MimeMessage ko = only(received(officer));
		assertThat(ko.getSubject()).contains("처리할 항목");
		assertThat(text(ko)).contains("법정 기한");
		assertThat(sentAt(officer)).isNotNull();
		assertThat(jdbc.queryForObject("select attempts from reminder_outbox where user_id = ?", Integer.class,
				officer.getId())).isEqualTo(2);
	}

	private List<MimeMessage> received(User user) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, user.getEmail())).toList();
	}

	private static boolean addressedTo(MimeMessage message, String email) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> ((InternetAddress) a).getAddress().equals(email));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MimeMessage only(List<MimeMessage> messages) {
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private static String text(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	private Object sentAt(User user) {
		return jdbc.queryForObject("select sent_at from reminder_outbox where user_id = ? and digest_on = ?",
				Object.class, user.getId(), today);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
