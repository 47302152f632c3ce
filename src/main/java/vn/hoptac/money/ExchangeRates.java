package vn.hoptac.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.money.internal.CurrencyRepository;
import vn.hoptac.money.internal.ExchangeRateRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;

/**
 * The exchange rates to đồng: the one in force on a day, the list, and the administrators' loads.
 * A load is checked whole before anything is written: one bad row refuses the file, naming each
 * bad row's field ({@code rows[3].vndPerUnit}). A row adds the rate of its currency and start, or
 * replaces it; each write is audited as {@code exchange_rate}.
 */
@Service
@Transactional(readOnly = true)
public class ExchangeRates {

	public static final String ENTITY = "exchange_rate";

	private final ExchangeRateRepository rates;

	private final CurrencyRepository currencies;

	private final ChangeRecorder changes;

	ExchangeRates(ExchangeRateRepository rates, CurrencyRepository currencies, ChangeRecorder changes) {
		this.rates = rates;
		this.currencies = currencies;
		this.changes = changes;
	}

	/** The rate of the currency in force on the day, if one is known. */
	public Optional<ExchangeRate> rateOn(String currency, LocalDate date) {
		return rates.findFirstByCurrencyAndValidFromLessThanEqualAndValidToGreaterThanEqualOrderByValidFromDesc(
				currency, date, date);
	}

	/** The rates, of one currency when it is given. */
	public ListPage<ExchangeRate> list(String currency, Pageable pageable) {
		Specification<ExchangeRate> where = Specs.equalTo("currency",
				currency == null || currency.isBlank() ? null : currency.trim().toUpperCase(Locale.ROOT));
		return ListPage.read(rates.findAll(where, pageable), ExchangeRate.class, where);
	}

	/** Every rate, currency by currency, the latest first: for the file an administrator downloads. */
	public List<ExchangeRate> all() {
		return rates.findAll(Sort.by("currency").and(Sort.by(Sort.Direction.DESC, "validFrom")));
	}

	/** The currencies that have at least one rate. */
	public List<String> ratedCurrencies() {
		return rates.findRatedCurrencies();
	}

	public List<Currency> currencies() {
		return currencies.findAll(Sort.by("code"));
	}

	public Optional<Currency> currency(String code) {
		return code == null ? Optional.empty() : currencies.findById(code);
	}

	/** What a load did. */
	public record Loaded(int created, int updated) {
	}

	/** {@link #load} of a CSV file ({@link ExchangeRateCsv}); for administrators only, checked first. */
	@Transactional
	public Loaded loadCsv(String csv) {
		Access.checkRole(Role.ADMIN);
		RuleViolationException.Collector errors = new RuleViolationException.Collector();
		return load(ExchangeRateCsv.read(csv, errors), errors);
	}

	/**
	 * Adds or replaces the rows' rates, all or none; for administrators only. A row whose currency
	 * and start match a known rate replaces it; a row whose period overlaps another rate of its
	 * currency (in the file or known) is refused.
	 */
	@Transactional
	public Loaded load(List<RateDraft> rows) {
		return load(rows, new RuleViolationException.Collector());
	}

	/** {@link #load} after reading, with what reading found wrong already in {@code errors}. */
	private Loaded load(List<RateDraft> rows, RuleViolationException.Collector errors) {
		Access.checkRole(Role.ADMIN);
		errors.rejectIf(rows.isEmpty(), "rows", "money.csv.empty");
		List<String> codes = rows.stream().map(RateDraft::currency).filter(Objects::nonNull).distinct().toList();
		Map<String, Currency> known = currencies.findAllById(codes)
			.stream()
			.collect(Collectors.toMap(Currency::getCode, Function.identity()));
		List<ExchangeRate> existing = rates.findByCurrencyIn(codes);
		for (int i = 0; i < rows.size(); i++) {
			check(rows, i, known, existing, errors);
		}
		errors.throwIfAny();
		int created = 0;
		int updated = 0;
		for (RateDraft row : rows) {
			Optional<ExchangeRate> same = existing.stream().filter(r -> sameStart(r, row)).findFirst();
			if (same.isPresent()) {
				ExchangeRate rate = same.get();
				String before = changes.snapshot(rate);
				rate.apply(row);
				rates.saveAndFlush(rate);
				changes.updated(ENTITY, rate.getId(), summary(rate), before, rate);
				updated++;
			}
			else {
				ExchangeRate rate = rates.saveAndFlush(new ExchangeRate(row));
				changes.created(ENTITY, rate.getId(), summary(rate), rate);
				created++;
			}
		}
		return new Loaded(created, updated);
	}

	private static void check(List<RateDraft> rows, int i, Map<String, Currency> known, List<ExchangeRate> existing,
			RuleViolationException.Collector errors) {
		RateDraft row = rows.get(i);
		String at = "rows[" + i + "].";
		if (row.currency() == null || !row.currency().matches("[A-Z]{3}")) {
			return; // reported when read
		}
		Currency currency = known.get(row.currency());
		if (currency == null || currency.isWithdrawn()) {
			errors.reject(at + "currency", "money.currency.unknown", row.currency());
			return;
		}
		if (Currency.VND.equals(row.currency())) {
			errors.reject(at + "currency", "money.rate.vnd");
			return;
		}
		if (row.validFrom() == null || row.validTo() == null) {
			return; // reported when read
		}
		boolean overlapsFile = rows.subList(0, i)
			.stream()
			.filter(other -> other.validFrom() != null && other.validTo() != null)
			.anyMatch(row::overlaps);
		boolean overlapsKnown = existing.stream()
			.filter(r -> !sameStart(r, row))
			.anyMatch(r -> row.overlaps(new RateDraft(r.getCurrency(), r.getValidFrom(), r.getValidTo(),
					r.getVndPerUnit(), r.getKind(), r.getSource())));
		errors.rejectIf(overlapsFile || overlapsKnown, at + "validFrom", "money.rate.overlaps", row.currency());
	}

	private static boolean sameStart(ExchangeRate rate, RateDraft row) {
		return rate.getCurrency().equals(row.currency()) && rate.getValidFrom().equals(row.validFrom());
	}

	private static String summary(ExchangeRate rate) {
		return rate.getCurrency() + " " + rate.getValidFrom() + "–" + rate.getValidTo() + ": "
				+ rate.getVndPerUnit().toPlainString() + " VND";
	}

}
