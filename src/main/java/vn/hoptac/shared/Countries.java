package vn.hoptac.shared;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes. */
public final class Countries {

	public static final String VIETNAM = "VN";

	private static final Set<String> ISO_CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

	private Countries() {
	}

	public static boolean isValid(String code) {
		return code != null && ISO_CODES.contains(code);
	}

	/** The country's name in the language ("Hàn Quốc", "South Korea", "대한민국"); the code itself if unknown. */
	public static String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		try {
			String name = new Locale.Builder().setRegion(code.trim()).build().getDisplayCountry(locale);
			return name == null || name.isBlank() ? code : name;
		}
		catch (java.util.IllformedLocaleException ex) {
			return code;
		}
	}

	public static String normalise(String code) {
		return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
	}

}
