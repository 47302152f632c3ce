package vn.hoptac.partners;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.ExportValue;

/**
 * A party to a partnership or agreement as a reader sees it: a locality or an organisation, named
 * in the reader's language or its fallback ({@link vn.hoptac.shared.Names}), and the language of
 * that name ("vi", "en", "ko"); {@code until} is the last day of a locality no longer in force (a
 * former province), else null.
 */
public record Party(String kind, Long id, String code, String name, String country, String language,
		LocalDate until) implements ExportValue {

	public static final String LOCALITY = "locality";

	public static final String ORGANISATION = "organisation";

	/** The name as pages show it: a former province says until when it was ("Bắc Kạn (đến 30/06/2025)"). */
	@Override
	public String exportText(MessageSource messages, Locale locale) {
		return until == null ? name
				: messages.getMessage("locality.until", new Object[] { name, messages.getMessage(DateOf.of(until), locale) },
						locale);
	}

}
