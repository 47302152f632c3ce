package vn.hoptac.shared;

import java.math.BigDecimal;

/**
 * Decimals the database keeps to two places, numeric(…, 2): amounts to the cent, shares to the
 * hundredth of a percent.
 */
public final class Hundredths {

	public static final int SCALE = 2;

	private Hundredths() {
	}

	/**
	 * The value as it will be stored and read back (60 → 60.00), so that a record answers its create as
	 * its reads will. A value with more places is left as it is: validation refuses it, nothing rounds it.
	 */
	public static BigDecimal stored(BigDecimal value) {
		return value == null || value.scale() > SCALE ? value : value.setScale(SCALE);
	}

}
