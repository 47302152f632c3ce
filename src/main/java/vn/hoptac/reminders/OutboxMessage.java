package vn.hoptac.reminders;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's digest of one day, as written for sending: unsent while no SMTP server is configured or
 * while sending fails (then with the attempts made and the last error), for the next run to retry.
 */
@Entity
@Table(name = "reminder_outbox")
public class OutboxMessage {

	public static final int EMAIL_LENGTH = 254;

	public static final int LANGUAGE_LENGTH = 5;

	public static final int SUBJECT_LENGTH = 300;

	public static final int BODY_LENGTH = 20000;

	public static final int ERROR_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private LocalDate digestOn;

	@Column(length = EMAIL_LENGTH)
	private String email;

	@Column(length = LANGUAGE_LENGTH)
	private String language;

	@Column(length = SUBJECT_LENGTH)
	private String subject;

	@Column(length = BODY_LENGTH)
	private String bodyText;

	private Instant createdAt;

	private Instant sentAt;

	private int attempts;

	@Column(length = ERROR_LENGTH)
	private String lastError;

	protected OutboxMessage() {
	}

	public OutboxMessage(long userId, LocalDate digestOn, String email, String language, String subject,
			String bodyText, Instant createdAt) {
		this.userId = userId;
		this.digestOn = digestOn;
		this.email = email;
		this.language = language;
		this.subject = cut(subject, SUBJECT_LENGTH);
		this.bodyText = cut(bodyText, BODY_LENGTH);
		this.createdAt = createdAt;
	}

	public void sent(Instant at) {
		this.attempts++;
		this.sentAt = at;
		this.lastError = null;
	}

	public void failed(String error) {
		this.attempts++;
		this.lastError = cut(error == null ? "unknown error" : error, ERROR_LENGTH);
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public LocalDate getDigestOn() {
		return digestOn;
	}

	public String getEmail() {
		return email;
	}

	public String getLanguage() {
		return language;
	}

	public String getSubject() {
		return subject;
	}

	public String getBodyText() {
		return bodyText;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public int getAttempts() {
		return attempts;
	}

	public String getLastError() {
		return lastError;
	}

}
