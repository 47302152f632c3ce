package vn.hoptac.partners.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class PartnerExports {

	@Bean
	ExportColumns<PartnershipListItem> partnershipColumns() {
		return ExportColumns.of(PartnershipListItem.class)
			.text("title", "partnership.title", PartnershipListItem::title)
			.text("vnParty", "partnership.vnParty", PartnershipListItem::vnParty)
			.text("foreignParty", "partnership.foreignParty", PartnershipListItem::foreignParty)
			.country("country", "facet.country", PartnershipListItem::foreignCountry)
			.text("level", "partnership.level", PartnershipListItem::level)
			.text("type", "partnership.type", PartnershipListItem::type)
			.text("status", "partnership.status", PartnershipListItem::status)
			.date("established", "partnership.established",
					p -> ExportColumns.partial(p.establishedOn(), p.establishedPrecision()))
			.text("visibility", "record.visibility", PartnershipListItem::visibility)
			.text("source", "record.source", PartnershipListItem::source);
	}

	@Bean
	ExportColumns<OrganisationResponse> organisationColumns() {
		return ExportColumns.of(OrganisationResponse.class)
			.text("name", "organisations.name", OrganisationResponse::name)
			.text("abbreviation", "organisations.abbreviation", OrganisationResponse::abbreviation)
			.text("type", "organisations.type", OrganisationResponse::type)
			.country("country", "organisations.country", OrganisationResponse::country)
			.text("locality", "organisations.locality", OrganisationResponse::locality)
			.text("website", "organisations.website", OrganisationResponse::website)
			.text("visibility", "record.visibility", OrganisationResponse::visibility)
			.text("source", "record.source", OrganisationResponse::source);
	}

}
