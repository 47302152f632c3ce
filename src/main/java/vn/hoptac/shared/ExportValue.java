package vn.hoptac.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** A value that knows how an export writes it in the reader's language (a party's name, say). */
public interface ExportValue {

	String exportText(MessageSource messages, Locale locale);

}
