package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoptac.shared.DatePrecision.PartialDate;

class PartialDateTests {

	@Test
	void readsYearMonthAndDay() {
		assertThat(PartialDate.parse("2004")).isEqualTo(new PartialDate(LocalDate.of(2004, 1, 1), DatePrecision.YEAR));
		assertThat(PartialDate.parse("2018-11")).isEqualTo(new PartialDate(LocalDate.of(2018, 11, 1), DatePrecision.MONTH));
		assertThat(PartialDate.parse("2018-11-27").precision()).isEqualTo(DatePrecision.DAY);
		assertThat(PartialDate.parse("2018-11").toString()).isEqualTo("2018-11");
		assertThat(PartialDate.parse(" ")).isNull();
	}

	@Test
	void refusesWhatIsNotADate() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2018-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("năm 2004"));
	}

	@Test
	void readsABoundAsOnOrBeforeAPeriod() {
		PartialDate bound = PartialDate.parse("..2020-12");
		assertThat(bound).isEqualTo(new PartialDate(LocalDate.of(2020, 12, 1), DatePrecision.BEFORE_MONTH));
		assertThat(bound.isBound()).isTrue();
		assertThat(bound.toString()).isEqualTo("..2020-12");
		assertThat(PartialDate.parse("[..2019]")).isEqualTo(new PartialDate(LocalDate.of(2019, 1, 1), DatePrecision.BEFORE_YEAR));
		assertThat(PartialDate.parse("..2020-12-31").precision()).isEqualTo(DatePrecision.BEFORE_DAY);
		assertThat(PartialDate.parse("2020-12").isBound()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(".."));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("..1800"));
	}

}
