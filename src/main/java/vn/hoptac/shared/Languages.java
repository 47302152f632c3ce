package vn.hoptac.shared;

import java.util.List;
import java.util.Locale;

/** The languages hoptac speaks: Vietnamese first, then English and Korean. */
public final class Languages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH, Locale.KOREAN);

	private Languages() {
	}

	/** The supported language for a tag such as "ko" or "en-US", or empty. */
	public static java.util.Optional<Locale> of(String tag) {
		if (tag == null || tag.isBlank()) {
			return java.util.Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim()).getLanguage();
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
	}

}
