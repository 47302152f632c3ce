package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextTests {

	@Test
	void foldsCaseDiacriticsAndNormalForm() {
		String nfc = Normalizer.normalize("Thái Nguyên", Normalizer.Form.NFC);
		String nfd = Normalizer.normalize("Thái Nguyên", Normalizer.Form.NFD);
		assertThat(nfc).isNotEqualTo(nfd);
		assertThat(Text.fold(nfc)).isEqualTo("thai nguyen");
		assertThat(Text.fold(nfd)).isEqualTo("thai nguyen");
		assertThat(Text.fold("THAI   NGUYEN ")).isEqualTo("thai nguyen");
	}

	@Test
	void foldsTheLetterDWithStroke() {
		assertThat(Text.fold("Đà Nẵng")).isEqualTo("da nang");
		assertThat(Text.fold("Định Hóa")).isEqualTo(Text.fold("Dinh Hoa"));
	}

	@Test
	void foldsToneMarkPlacementVariants() {
		assertThat(Text.fold("Thanh Hoá")).isEqualTo(Text.fold("Thanh Hóa"));
	}

	@Test
	void sortKeysFollowVietnameseAlphabet() {
		List<String> names = new ArrayList<>(List.of("Đà Nẵng", "Yên Bái", "Ăn Khê", "An Giang", "Dương Kinh", "Ba Vì",
				"Ân Thi"));
		names.sort(Comparator.comparing(Text::sortKey));
		// Vietnamese order: a < ă < â < b < c < d < đ < … < y
		assertThat(names).containsExactly("An Giang", "Ăn Khê", "Ân Thi", "Ba Vì", "Dương Kinh", "Đà Nẵng", "Yên Bái");
	}

	@Test
	void sortKeyIgnoresNormalForm() {
		String nfd = Normalizer.normalize("Lạng Sơn", Normalizer.Form.NFD);
		assertThat(Text.sortKey(nfd)).isEqualTo(Text.sortKey("Lạng Sơn"));
	}

	@Test
	void queryTokensAreFolded() {
		assertThat(Text.queryTokens("  Hợp TÁC  giáo dục")).containsExactly("hop", "tac", "giao", "duc");
		assertThat(Text.queryTokens(" ")).isEmpty();
	}

}
