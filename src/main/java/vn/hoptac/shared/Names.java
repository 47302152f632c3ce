package vn.hoptac.shared;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.springframework.context.i18n.LocaleContextHolder;

/** A name in Vietnamese (required), English, Korean and the native script of the place. */
@Embeddable
public record Names(@Column(name = "name_vi") String vi, @Column(name = "name_en") String en,
		@Column(name = "name_ko") String ko, @Column(name = "name_native") String nativeName) {

	/** The name to show a reader of this language, falling back to English, then Vietnamese. */
	public String in(Locale locale) {
		String language = locale == null ? "vi" : locale.getLanguage();
		String preferred = switch (language) {
			case "ko" -> firstNonBlank(ko, en);
			case "en" -> en;
			default -> vi;
		};
		return firstNonBlank(preferred, vi);
	}

	/** The name in the language of the current request. */
	public String current() {
		return in(LocaleContextHolder.getLocale());
	}

	/** Every spelling, for the search index. */
	public String searchText() {
		return Text.searchText(vi, en, ko, nativeName);
	}

	private static String firstNonBlank(String first, String second) {
		return first != null && !first.isBlank() ? first : second;
	}

}
