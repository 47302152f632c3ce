package vn.hoptac.money.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.money.ExchangeRate;
import vn.hoptac.shared.RecordExport;

/** The columns of the exchange rate list's exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class ExchangeRateExports {

	@Bean
	RecordExport<ExchangeRate> exchangeRateExport() {
		return RecordExport.of(ExchangeRate.class, ExchangeRateResponse.class)
			.text("currency", "export.column.currency")
			.date("validFrom", "export.column.validFrom")
			.date("validTo", "export.column.validTo")
			.number("vndPerUnit", "money.rates.vndPerUnit", "vndPerUnit")
			.text("kind", "money.rates.kind")
			.text("source", "record.source");
	}

}
