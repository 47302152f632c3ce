package vn.hoptac.delegations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.hoptac.money.ExchangeRates;
import vn.hoptac.money.RateDraft;
import vn.hoptac.money.RateKind;
import vn.hoptac.shared.Access;

/**
 * Rates the delegation tests convert costs with, where the shipped file has none (the won, and
 * 2024): added only when missing, so that a shipped rate is never replaced. Test values, not data.
 */
public final class TestRates {

	public static final int YEAR = 2024;

	private TestRates() {
	}

	public static void ensure(ExchangeRates rates) {
		List<RateDraft> missing = new ArrayList<>();
		add(rates, missing, "KRW", "18.5");
		add(rates, missing, "USD", "25000");
		if (!missing.isEmpty()) {
			Access.asSystem(() -> rates.load(missing));
		}
	}

	private static void add(ExchangeRates rates, List<RateDraft> missing, String currency, String vndPerUnit) {
		if (rates.rateOn(currency, LocalDate.of(YEAR, 6, 1)).isEmpty()) {
			missing.add(RateDraft.yearly(currency, YEAR, new BigDecimal(vndPerUnit), RateKind.ANNUAL_AVERAGE,
					"test rate"));
		}
	}

}
