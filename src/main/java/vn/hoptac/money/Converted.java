package vn.hoptac.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An amount in đồng and in US dollars, exact: đồng as the amount times its rate, dollars as the đồng
 * divided by the dollar's rate of the same year (to 34 significant digits where the quotient does
 * not end). {@code rateIds} are the rates used (none for đồng; the dollar's for đồng). Stored
 * equivalents round half-even to 2 decimals ({@link #vndToStore}, {@link #usdToStore}).
 */
public record Converted(BigDecimal vnd, BigDecimal usd, List<Long> rateIds) {

	/** Decimals of a stored equivalent: numeric(…, 2). */
	public static final int STORED_SCALE = 2;

	public BigDecimal vndToStore() {
		return vnd.setScale(STORED_SCALE, RoundingMode.HALF_EVEN);
	}

	public BigDecimal usdToStore() {
		return usd.setScale(STORED_SCALE, RoundingMode.HALF_EVEN);
	}

}
