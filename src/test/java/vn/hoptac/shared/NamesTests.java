package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One name per page language, with the stated fallback: Korean → English → Vietnamese, English → Vietnamese. */
class NamesTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final Locale EN = Locale.forLanguageTag("en");

	static final Locale KO = Locale.forLanguageTag("ko");

	@Test
	void showsTheNameInThePagesLanguage() {
		Names names = new Names("Thái Nguyên", "Thai Nguyen", "타이응우옌", "Thái Nguyên");
		assertThat(names.in(VI)).isEqualTo("Thái Nguyên");
		assertThat(names.in(EN)).isEqualTo("Thai Nguyen");
		assertThat(names.in(KO)).isEqualTo("타이응우옌");
		assertThat(names.languageIn(KO)).isEqualTo("ko");
	}

	@Test
	void fallsBackFromKoreanToEnglishToVietnameseAndSaysWhichItShows() {
		Names english = new Names("Bộ Ngoại giao", "Ministry of Foreign Affairs", null, null);
		assertThat(english.in(KO)).isEqualTo("Ministry of Foreign Affairs");
		assertThat(english.languageIn(KO)).isEqualTo("en");

		Names vietnamese = new Names("Hiệp hội Hóa chất Việt Nam", " ", "", null);
		assertThat(vietnamese.in(EN)).isEqualTo("Hiệp hội Hóa chất Việt Nam");
		assertThat(vietnamese.languageIn(EN)).isEqualTo("vi");
		assertThat(vietnamese.in(KO)).isEqualTo("Hiệp hội Hóa chất Việt Nam");
		assertThat(vietnamese.languageIn(KO)).isEqualTo("vi");
		// an English page never shows the Korean name
		assertThat(new Names("Daegu", null, "대구광역시", null).in(EN)).isEqualTo("Daegu");
		assertThat(new Names("Hà Nội", "Hanoi", "하노이", null).languageIn(null)).isEqualTo("vi");
	}

}
