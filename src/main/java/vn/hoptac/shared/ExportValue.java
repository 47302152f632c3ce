package vn.hoptac.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** A value that knows how an export writes it in the reader's language (a party's name, say). */
public interface ExportValue {

	String exportText(MessageSource messages, Locale locale);

	/** A code written as its message {@code prefix + code} ("audit.action.CREATED"), or as itself if it has none. */
	static ExportValue message(String prefix, String code) {
		return (messages, locale) -> messages.getMessage(prefix + code, null, code, locale);
	}

}
