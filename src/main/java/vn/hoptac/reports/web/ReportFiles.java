package vn.hoptac.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.hoptac.reports.ReportService.ReportView;
import vn.hoptac.shared.RuleViolationException;

/** A report as a file in one of its formats; the API and the page download through this one component. */
@Component
class ReportFiles {

	/** A document format: its file extension and media type (a record, not an enum: pages show the names). */
	record Format(String extension, String contentType) {

		static final Format DOCX = new Format("docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		static final Format XLSX = new Format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		static final Format PDF = new Format("pdf", MediaType.APPLICATION_PDF_VALUE);

		/** The format named by the request; null for none (JSON); 400 for an unknown one. */
		static Format of(String name) {
			if (name == null || name.isBlank()) {
				return null;
			}
			for (Format format : java.util.List.of(DOCX, XLSX, PDF)) {
				if (format.extension.equalsIgnoreCase(name.trim())) {
					return format;
				}
			}
			throw RuleViolationException.of("format", "reports.error.format");
		}

	}

	private final MessageSource messages;

	private final Clock clock;

	ReportFiles(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	ReportText text(ReportView view, Locale locale) {
		return new ReportText(messages, locale, view);
	}

	ResponseEntity<byte[]> file(ReportView view, Format format, Locale locale) {
		ReportText text = text(view, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
			if (format == Format.DOCX) {
				ReportDocx.write(text, today, out);
			}
			else if (format == Format.PDF) {
				ReportPdf.write(text, today, out);
			}
			else {
				ReportXlsx.write(text, out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String name = (view.subject() != null ? view.subject().kind() + "-" + view.subject().id()
				: "bao-cao-" + (view.province() == null ? "toan-quoc" : view.province().getCode()) + "-"
						+ view.period().year() + (view.period().half() == 0 ? "" : "-" + view.period().half()))
				+ "-" + locale.getLanguage() + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}

	/** The language asked for ({@code lang}: vi, en or ko), else the request's. */
	static Locale language(String lang, Locale request) {
		if (lang == null || lang.isBlank()) {
			return request;
		}
		return switch (lang.trim().toLowerCase(Locale.ROOT)) {
			case "vi", "en", "ko" -> Locale.forLanguageTag(lang.trim().toLowerCase(Locale.ROOT));
			default -> throw RuleViolationException.of("lang", "reports.error.lang");
		};
	}

}
