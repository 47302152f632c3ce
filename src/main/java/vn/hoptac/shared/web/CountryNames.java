package vn.hoptac.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Text;

/**
 * Country names in the reader's language, for templates: {@code ${@countries.name('KR')}} is
 * "Hàn Quốc", "South Korea" or "대한민국".
 */
@Component("countries")
public class CountryNames {

	public String name(String code) {
		return Countries.name(code, LocaleContextHolder.getLocale());
	}

	/** The codes, in the order of their names in the reader's language. */
	public List<String> sorted(List<String> codes) {
		Locale locale = LocaleContextHolder.getLocale();
		Comparator<String> byName = "vi".equals(locale.getLanguage()) ? Text.vietnameseCollator()::compare
				: java.text.Collator.getInstance(locale)::compare;
		return codes.stream().sorted(Comparator.comparing(this::name, byName)).toList();
	}

}
