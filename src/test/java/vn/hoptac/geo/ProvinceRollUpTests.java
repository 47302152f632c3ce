package vn.hoptac.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Figures of merged provinces added to today's successor, each province followed once per roll-up. */
class ProvinceRollUpTests {

	static final long THAI_NGUYEN = 1, BAC_KAN = 2, TUYEN_QUANG = 3, HA_GIANG = 4, GYEONGBUK = 90;

	final List<Long> lookedUp = new ArrayList<>();

	final ProvinceRollUp rollUp = new ProvinceRollUp(List.of(THAI_NGUYEN, TUYEN_QUANG), province -> {
		lookedUp.add(province);
		return province == BAC_KAN ? Optional.of(THAI_NGUYEN)
				: province == HA_GIANG ? Optional.of(TUYEN_QUANG) : Optional.empty();
	});

	@Test
	void countsOfMergedProvincesAddUpWithTheirSuccessorsAndOthersAreLeftOut() {
		Map<Long, Long> counts = new HashMap<>();
		counts.put(THAI_NGUYEN, 5L);
		counts.put(BAC_KAN, 2L);
		counts.put(HA_GIANG, 7L);
		counts.put(GYEONGBUK, 9L);
		counts.put(null, 11L);

		assertThat(rollUp.counts(counts)).isEqualTo(Map.of(THAI_NGUYEN, 7L, TUYEN_QUANG, 7L));
		assertThat(rollUp.rolledUp(counts, BigDecimal::valueOf, BigDecimal::add))
			.isEqualTo(Map.of(THAI_NGUYEN, BigDecimal.valueOf(7), TUYEN_QUANG, BigDecimal.valueOf(7)));
		assertThat(rollUp.currentOf(null)).isEmpty();
		// today's provinces need no lookup, and each other province is followed once for all the maps
		assertThat(lookedUp).containsExactlyInAnyOrder(BAC_KAN, HA_GIANG, GYEONGBUK);
	}

}
