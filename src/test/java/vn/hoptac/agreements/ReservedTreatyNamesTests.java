package vn.hoptac.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hoptac.agreements.internal.ReservedTreatyNames;

class ReservedTreatyNamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Hiệp định hợp tác giữa tỉnh Thái Nguyên và tỉnh Gyeongsangbuk", "HIỆP ĐỊNH hữu nghị",
			"Hiep dinh hop tac", "Công ước về văn hóa", "Định ước Đà Nẵng – Daegu", "hiệp ước kết nghĩa" })
	void findsReservedNamesInAnyCaseWithOrWithoutDiacritics(String title) {
		assertThat(ReservedTreatyNames.findIn(title)).isPresent();
	}

	@Test
	void findsReservedNamesInDecomposedText() {
		String nfd = Normalizer.normalize("Hiệp định hợp tác", Normalizer.Form.NFD);
		assertThat(ReservedTreatyNames.findIn(nfd)).contains(Normalizer.normalize("Hiệp định", Normalizer.Form.NFD));
	}

	@Test
	void reportsTheNameAsTheTitleSpellsIt() {
		assertThat(ReservedTreatyNames.findIn("Văn bản HIỆP   ĐỊNH hữu nghị")).contains("HIỆP   ĐỊNH");
		assertThat(ReservedTreatyNames.findIn("Thỏa thuận (công ước) văn hóa")).contains("công ước");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bản ghi nhớ hợp tác", "Thỏa thuận hợp tác hữu nghị", "Ý định thư", "Chương trình hợp tác",
			"Hiệp hội doanh nghiệp" })
	void acceptsPermittedNames(String title) {
		assertThat(ReservedTreatyNames.findIn(title)).isEmpty();
	}

}
