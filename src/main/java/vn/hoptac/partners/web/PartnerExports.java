package vn.hoptac.partners.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class PartnerExports {

	@Bean
	RecordExport<Partnership> partnershipExport(PartyDirectory parties) {
		return RecordExport.of(Partnership.class, PartnershipListItem.class)
			.text("title", "partnership.title")
			.with(parties.bothSides("partnership"))
			.country("country", "facet.country", "foreignCountry")
			.text("level", "partnership.level")
			.text("type", "partnership.type", "currentType")
			.text("status", "partnership.status", "currentStatus")
			.date("established", "partnership.established", "establishedOn", "establishedPrecision")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	@Bean
	RecordExport<Organisation> organisationExport(PartyDirectory parties) {
		return RecordExport.of(Organisation.class, OrganisationResponse.class)
			.names("name", "organisations.name", "names")
			.text("abbreviation", "organisations.abbreviation")
			.text("type", "organisations.type")
			.country("country", "organisations.country", "country")
			.related("locality", "organisations.locality", parties.partiesAt("localityId", null))
			.text("website", "organisations.website")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
