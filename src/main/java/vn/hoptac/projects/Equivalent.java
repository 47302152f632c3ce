package vn.hoptac.projects;

import java.math.BigDecimal;

/** An amount's equivalents in VND and USD at the rate in force on its date, rounded half-even to two decimals. */
public record Equivalent(BigDecimal vnd, BigDecimal usd) {
}
