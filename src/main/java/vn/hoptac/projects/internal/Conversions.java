package vn.hoptac.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoptac.projects.Equivalent;

/**
 * The one place projects convert money: an amount in its currency on a day, as VND and USD at the
 * rate in force that day. Empty when the rate table has no rate for the day's year.
 */
@Component
public class Conversions {

	public Optional<Equivalent> convert(BigDecimal amount, String currency, LocalDate day) {
		// until the money module's rate table is available, only amounts in VND convert (1:1, no USD)
		return "VND".equals(currency) ? Optional.of(new Equivalent(amount.setScale(2), null)) : Optional.empty();
	}

}
