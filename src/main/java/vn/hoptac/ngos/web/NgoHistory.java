package vn.hoptac.ngos.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.day;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.part;
import static vn.hoptac.shared.HistoryFields.parts;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.ngos.CertificateStatus;
import vn.hoptac.ngos.CertificateType;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.ngos.OpinionMatter;
import vn.hoptac.ngos.OpinionStance;
import vn.hoptac.ngos.ReportRecipient;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.sources.Citations;

/** How NGO files read in their history and in the audit log: named by the NGO, everything in them shown. */
@Configuration(proxyBeanMethods = false)
class NgoHistory {

	@Bean
	HistoryFields ngoFields(PartyDirectory directory, Citations citations) {
		return new HistoryFields("ngo", "organisationId", List.of(
				field("organisationId", "ngo.organisation", reference(directory::organisationName)),
				field("vnLocalityId", "ngo.province", reference(directory::localityName)),
				field("status", "ngo.status", code(NgoStatus.class)), field("contact", "ngo.contact", text()),
				field("note", "ngo.note", text()), field("fields", "record.fields", listOf(code(CooperationField.class))),
				field("certificates", "ngo.certificates",
						listOf(parts(part("type", code(CertificateType.class)), part("number", text()),
								part("issuerOrganisationId", reference(directory::organisationName)),
								part("issuedOn", day()), part("validFrom", day()), part("validTo", day()),
								part("status", code(CertificateStatus.class)), part("documentRef", text())))),
				field("opinions", "ngo.opinions",
						listOf(parts(part("matter", code(OpinionMatter.class)), part("certificateNumber", text()),
								part("requestedOn", day()), part("givenOn", day()),
								part("stance", code(OpinionStance.class)), part("documentRef", text()),
								part("text", text())))),
				field("visits", "ngo.visits",
						listOf(parts(part("visitedOn", date("visitedPrecision")), part("team", text()),
								part("findings", text()), part("recommendations", text())))),
				field("reports", "ngo.reports",
						listOf(parts(part("recipient", code(ReportRecipient.class)), part("year", text()),
								part("half", text()), part("sentOn", day()), part("summary", text())))),
				citations.historyField(), VISIBILITY));
	}

}
