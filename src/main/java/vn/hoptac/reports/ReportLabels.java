package vn.hoptac.reports;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.Names;

/** A label in the reports' three languages as the bundles read it now, for figures kept apart from the language they are read in. */
@Component
class ReportLabels {

	private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.KOREAN);

	private final MessageSource messages;

	ReportLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The message's label in Vietnamese, English and Korean, each followed by the suffix. */
	Names of(String code, String suffix) {
		List<String> labels = LANGUAGES.stream().map(language -> messages.getMessage(code, null, language) + suffix).toList();
		return new Names(labels.get(0), labels.get(1), labels.get(2), null);
	}

	Names of(String code) {
		return of(code, "");
	}

}
