package vn.hoptac.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoptac.money.Converted;
import vn.hoptac.money.Money;
import vn.hoptac.projects.Equivalent;
import vn.hoptac.shared.RuleViolationException;

/**
 * The one place projects convert money: an amount in its currency on a day, as VND and USD at the
 * rates in force that day ({@link Money}), rounded half-even to the đồng's and the cent's hundredth
 * as stored. Without a rate for the day's year, empty, with the refusal collected at {@code field}.
 */
@Component
public class Conversions {

	private final Money money;

	Conversions(Money money) {
		this.money = money;
	}

	public Optional<Equivalent> convert(BigDecimal amount, String currency, LocalDate day, String field,
			RuleViolationException.Collector errors) {
		return money.convert(amount, currency, day, field, errors)
			.map(converted -> new Equivalent(converted.vndToStore(), converted.usdToStore()));
	}

}
