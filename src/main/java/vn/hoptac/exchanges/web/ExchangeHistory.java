package vn.hoptac.exchanges.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.country;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.flag;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.part;
import static vn.hoptac.shared.HistoryFields.parts;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.exchanges.ExchangeDirection;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeMeasure;
import vn.hoptac.exchanges.ExchangeSex;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.exchanges.ExchangeUnit;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.sources.Citations;

/** How exchanges read in their history and in the audit log: as on their page, counts included. */
@Configuration(proxyBeanMethods = false)
class ExchangeHistory {

	@Bean
	HistoryFields exchangeFields(PartyDirectory directory, PartnershipService partnerships, Citations citations) {
		return new HistoryFields("exchange", "title", List.of(field("title", "exchange.title", text()),
				field("kind", "exchange.kind", code(ExchangeKind.class)),
				field("status", "exchange.status", code(ExchangeStatus.class)),
				field("programmeName", "exchange.programme", text()),
				field("vnLocalityId", "exchange.vnParty", reference(directory::localityName)),
				field("vnOrganisationId", "exchange.vnParty", reference(directory::organisationName)),
				field("foreignLocalityId", "exchange.foreignParty", reference(directory::localityName)),
				field("foreignOrganisationId", "exchange.foreignParty", reference(directory::organisationName)),
				field("foreignCountry", "exchange.country", country()),
				field("partnershipId", "exchange.partnership",
						reference(id -> partnerships.findReadable(id).map(Partnership::getTitle).orElse(null))),
				field("projectId", "exchange.project", text()), field("online", "exchange.online", flag()),
				field("startOn", "exchange.startOn", date("startPrecision")),
				field("endOn", "exchange.endOn", date("endPrecision")),
				field("description", "exchange.description", text()),
				field("fields", "record.fields", listOf(code(CooperationField.class))),
				field("counts", "exchange.counts",
						listOf(parts(part("direction", code(ExchangeDirection.class)), part("year", text()),
								part("sex", code(ExchangeSex.class)), part("measure", code(ExchangeMeasure.class)),
								part("qualifier", code(Qualifier.class)), part("count", text()),
								part("unit", code(ExchangeUnit.class)), part("note", text())))),
				citations.historyField(), VISIBILITY));
	}

}
