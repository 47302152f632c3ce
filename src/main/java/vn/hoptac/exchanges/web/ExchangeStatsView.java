package vn.hoptac.exchanges.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.exchanges.ExchangeStats;
import vn.hoptac.shared.LabelOf;

/**
 * The statistics as the API answers them and the list page shows them: each group's key, its label
 * in the reader's language (a code's label, a country's name, a year as it is), and its sums.
 */
@Component
class ExchangeStatsView {

	private final MessageSource messages;

	ExchangeStatsView(MessageSource messages) {
		this.messages = messages;
	}

	StatsResponse of(ExchangeStats stats) {
		Locale locale = LocaleContextHolder.getLocale();
		return new StatsResponse(stats.groupBy().name().toLowerCase(Locale.ROOT), stats.rows()
			.stream()
			.map(r -> new StatsResponse.Row(r.key(), label(r.key(), locale), r.persons(), r.exchanges(),
					r.approximate()))
			.toList());
	}

	private String label(Object key, Locale locale) {
		if (key == null) {
			return messages.getMessage("exchange.stats.unknown", null, locale);
		}
		if (key instanceof Enum<?> code) {
			return messages.getMessage(LabelOf.of(code), locale);
		}
		if (key instanceof String country) {
			return new Locale.Builder().setRegion(country).build().getDisplayCountry(locale);
		}
		return key.toString();
	}

	/** Statistics with labels: {@code approximate} when a summed count is not exact ("hơn 120"). */
	record StatsResponse(String groupBy, List<Row> rows) {

		record Row(Object key, String label, long persons, long exchanges, boolean approximate) {
		}

	}

}
