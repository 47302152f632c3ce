package vn.hoptac.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.RuleViolationException;

/**
 * Converts an amount in any currency into its exact đồng and US dollar equivalents on a day, with
 * the rates in force that day ({@link ExchangeRates#rateOn}). Đồng needs no rate; dollars are the
 * đồng divided by the dollar's rate of the same year, so a dollar amount stays itself. A currency (or
 * the dollar) without a rate on the day is refused at the caller's field, naming currency and year
 * ({@code money.noRate}). Money is never a double.
 */
@Service
@Transactional(readOnly = true)
public class Money {

	/** Enough digits for any quotient we keep: 34 significant digits (IEEE 754 decimal128). */
	static final MathContext QUOTIENT = MathContext.DECIMAL128;

	private final ExchangeRates rates;

	Money(ExchangeRates rates) {
		this.rates = rates;
	}

	/** The equivalents; a {@link RuleViolationException} at {@code currency} when a rate is missing. */
	public Converted convert(BigDecimal amount, String currency, LocalDate date) {
		return convert(amount, currency, date, "currency");
	}

	/** The equivalents; a {@link RuleViolationException} at {@code field} when a rate is missing. */
	public Converted convert(BigDecimal amount, String currency, LocalDate date, String field) {
		RuleViolationException.Collector errors = new RuleViolationException.Collector();
		Optional<Converted> converted = convert(amount, currency, date, field, errors);
		errors.throwIfAny();
		return converted.orElseThrow();
	}

	/**
	 * The equivalents, or empty with a violation collected at {@code field} when a rate is missing:
	 * for a record with several amounts, so that every amount's problem is reported at once.
	 */
	public Optional<Converted> convert(BigDecimal amount, String currency, LocalDate date, String field,
			RuleViolationException.Collector errors) {
		List<Long> used = new ArrayList<>();
		BigDecimal vnd;
		if (Currency.VND.equals(currency)) {
			vnd = amount;
		}
		else {
			Optional<ExchangeRate> rate = rates.rateOn(currency, date);
			if (rate.isEmpty()) {
				errors.reject(field, "money.noRate", currency, date.getYear());
				return Optional.empty();
			}
			used.add(rate.get().getId());
			vnd = amount.multiply(rate.get().getVndPerUnit());
		}
		if (Currency.USD.equals(currency)) {
			return Optional.of(new Converted(vnd, amount, List.copyOf(used)));
		}
		Optional<ExchangeRate> dollar = rates.rateOn(Currency.USD, date);
		if (dollar.isEmpty()) {
			errors.reject(field, "money.noRate", Currency.USD, date.getYear());
			return Optional.empty();
		}
		used.add(dollar.get().getId());
		BigDecimal usd = vnd.divide(dollar.get().getVndPerUnit(), QUOTIENT);
		return Optional.of(new Converted(vnd, usd, List.copyOf(used)));
	}

}
