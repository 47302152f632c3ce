package vn.hoptac.shared;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A name in Vietnamese (required), English, Korean and the native script of the place. A page
 * shows the name in its own language and, when that is missing, falls back: Korean → English →
 * Vietnamese, English → Vietnamese. {@link #languageIn} says which language was shown, so that a
 * page marks a fallback with its {@code lang}.
 */
@Embeddable
public record Names(@Column(name = "name_vi") String vi, @Column(name = "name_en") String en,
		@Column(name = "name_ko") String ko, @Column(name = "name_native") String nativeName) {

	/** The name to show a reader of this language, falling back to English, then Vietnamese. */
	public String in(Locale locale) {
		return switch (languageIn(locale)) {
			case "ko" -> ko;
			case "en" -> en;
			default -> vi;
		};
	}

	/** The language ("vi", "en", "ko") of the name {@link #in} shows a reader of this language. */
	public String languageIn(Locale locale) {
		String language = locale == null ? "vi" : locale.getLanguage();
		if ("ko".equals(language) && present(ko)) {
			return "ko";
		}
		if (("ko".equals(language) || "en".equals(language)) && present(en)) {
			return "en";
		}
		return "vi";
	}

	/** The language of the name {@link #current()} shows. */
	public String currentLanguage() {
		return languageIn(LocaleContextHolder.getLocale());
	}

	/** The name in the language of the current request. */
	public String current() {
		return in(LocaleContextHolder.getLocale());
	}

	/** Every spelling, for the search index. */
	public String searchText() {
		return Text.searchText(vi, en, ko, nativeName);
	}

	private static boolean present(String name) {
		return name != null && !name.isBlank();
	}

}
