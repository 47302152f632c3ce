package vn.hoptac.partners.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.country;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.names;
import static vn.hoptac.shared.HistoryFields.part;
import static vn.hoptac.shared.HistoryFields.parts;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.HistoryFields.Field;
import vn.hoptac.sources.Citations;

/** How organisations and partnerships read in their history and in the audit log: as on their pages. */
@Configuration(proxyBeanMethods = false)
class PartnersHistory {

	private static final Field FIELDS = field("fields", "record.fields", listOf(code(CooperationField.class)));

	@Bean
	HistoryFields organisationFields(PartyDirectory directory, Citations citations) {
		return new HistoryFields("organisation", "names",
				List.of(field("names", "organisations.names", names()),
						field("abbreviation", "organisations.abbreviation", text()),
						field("type", "organisations.type", code(OrganisationType.class)),
						field("country", "organisations.country", country()),
						field("localityId", "organisations.seat", reference(directory::localityName)),
						field("website", "organisations.website", text()), citations.historyField(),
						VISIBILITY));
	}

	@Bean
	HistoryFields partnershipFields(PartyDirectory directory, Citations citations) {
		return new HistoryFields("partnership", "title", List.of(field("title", "partnership.title", text()),
				field("level", "partnership.level", code(PartnershipLevel.class)),
				field("vnLocalityId", "partnership.vnParty", reference(directory::localityName)),
				field("vnOrganisationId", "partnership.vnParty", reference(directory::organisationName)),
				field("foreignLocalityId", "partnership.foreignParty", reference(directory::localityName)),
				field("foreignOrganisationId", "partnership.foreignParty", reference(directory::organisationName)),
				field("currentType", "partnership.type", code(PartnershipType.class)),
				field("currentStatus", "partnership.status", code(PartnershipStatus.class)),
				field("description", "record.description", text()), FIELDS,
				field("typeHistory", "partnership.typeHistory",
						listOf(parts(part("type", code(PartnershipType.class)), part("validFrom", date("datePrecision")),
								part("note", text())))),
				field("statusHistory", "partnership.statusHistory",
						listOf(parts(part("status", code(PartnershipStatus.class)),
								part("validFrom", date("datePrecision")), part("note", text())))),
				field("milestones", "partnership.milestones",
						listOf(parts(part("date", date("datePrecision")), part("title", text())))),
				citations.historyField(), VISIBILITY));
	}

}
