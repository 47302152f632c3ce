package vn.hoptac.exchanges.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class ExchangeExports {

	@Bean
	RecordExport<Exchange> exchangeExport(PartyDirectory parties) {
		return RecordExport.of(Exchange.class, ExchangeListItem.class)
			.text("title", "exchange.title")
			.text("kind", "exchange.kind")
			.text("status", "exchange.status")
			.text("programme", "exchange.programme", "programmeName")
			.with(parties.bothSides("exchange"))
			.country("country", "exchange.country", "foreignCountry")
			.date("startOn", "exchange.startOn", "startOn", "startPrecision")
			.date("endOn", "exchange.endOn", "endOn", "endPrecision")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
