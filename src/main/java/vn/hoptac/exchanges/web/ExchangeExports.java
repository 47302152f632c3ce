package vn.hoptac.exchanges.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class ExchangeExports {

	@Bean
	ExportColumns<ExchangeListItem> exchangeColumns() {
		return ExportColumns.of(ExchangeListItem.class)
			.text("title", "exchange.title", ExchangeListItem::title)
			.text("kind", "exchange.kind", ExchangeListItem::kind)
			.text("status", "exchange.status", ExchangeListItem::status)
			.text("programme", "exchange.programme", ExchangeListItem::programmeName)
			.text("vnParty", "exchange.vnParty", ExchangeListItem::vnParty)
			.text("foreignParty", "exchange.foreignParty", ExchangeListItem::foreignParty)
			.country("country", "exchange.country", ExchangeListItem::foreignCountry)
			.date("startOn", "exchange.startOn", ExchangeListItem::startOn)
			.date("endOn", "exchange.endOn", ExchangeListItem::endOn)
			.text("visibility", "record.visibility", ExchangeListItem::visibility)
			.text("source", "record.source", ExchangeListItem::source);
	}

}
