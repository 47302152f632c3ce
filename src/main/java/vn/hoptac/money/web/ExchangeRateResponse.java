package vn.hoptac.money.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.hoptac.money.ExchangeRate;
import vn.hoptac.money.RateKind;
import vn.hoptac.sources.CitationResponse;

/** A rate as the API shows it: đồng per unit of the currency over the period, and its source. */
record ExchangeRateResponse(long id, String currency, LocalDate validFrom, LocalDate validTo, BigDecimal vndPerUnit,
		RateKind kind, String source, List<CitationResponse> sourceCitations, long version) {

	static ExchangeRateResponse of(ExchangeRate rate, List<CitationResponse> citations) {
		return new ExchangeRateResponse(rate.getId(), rate.getCurrency(), rate.getValidFrom(), rate.getValidTo(),
				rate.getVndPerUnit(), rate.getKind(), rate.getSource(), citations, rate.getVersion());
	}

}
