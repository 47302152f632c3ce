package vn.hoptac.reminders.internal;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.hoptac.reminders.OutboxMessage;

/**
 * Sends a digest when SMTP is configured: Spring Boot makes a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one, digests wait in the outbox.
 */
@Component
class DigestMailer {

	private final ObjectProvider<JavaMailSender> senders;

	private final String from;

	DigestMailer(ObjectProvider<JavaMailSender> senders,
			@Value("${hoptac.reminders.from:hoptac@localhost}") String from) {
		this.senders = senders;
		this.from = from;
	}

	boolean configured() {
		return senders.getIfAvailable() != null;
	}

	/** Sends the digest in UTF-8 (Vietnamese and Korean text); fails with the server's answer. */
	void send(OutboxMessage message) throws MessagingException {
		JavaMailSender sender = senders.getObject();
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(message.getEmail());
		helper.setSubject(message.getSubject());
		helper.setText(message.getBodyText());
		mime.setHeader("Content-Language", message.getLanguage());
		sender.send(mime);
	}

}
