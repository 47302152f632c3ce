package vn.hoptac.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.Text;

/**
 * Country names in the reader's language, for templates: {@code ${@countries.name('KR')}} is
 * "Hàn Quốc", "South Korea" or "대한민국".
 */
@Component("countries")
public class CountryNames {

	public String name(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		try {
			String name = new Locale.Builder().setRegion(code.trim())
				.build()
				.getDisplayCountry(LocaleContextHolder.getLocale());
			return name == null || name.isBlank() ? code : name;
		}
		catch (java.util.IllformedLocaleException ex) {
			return code;
		}
	}

	/** The codes, in the order of their names in the reader's language. */
	public List<String> sorted(List<String> codes) {
		Locale locale = LocaleContextHolder.getLocale();
		Comparator<String> byName = "vi".equals(locale.getLanguage()) ? Text.vietnameseCollator()::compare
				: java.text.Collator.getInstance(locale)::compare;
		return codes.stream().sorted(Comparator.comparing(this::name, byName)).toList();
	}

}
