package vn.hoptac.agreements.web;

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

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.sources.Citations;

/** How agreements read in their history and in the audit log: as on their page, actions included. */
@Configuration(proxyBeanMethods = false)
class AgreementHistory {

	@Bean
	HistoryFields agreementFields(PartyDirectory directory, PartnershipService partnerships, Citations citations) {
		return new HistoryFields("agreement", "title", List.of(field("title", "agreement.title", text()),
				field("kind", "agreement.kind", code(AgreementKind.class)),
				field("legalBasis", "agreement.legalBasis", code(LegalBasis.class)),
				field("level", "agreement.level", code(SignatoryLevel.class)),
				field("partnershipId", "agreement.partnership",
						reference(id -> partnerships.findReadable(id).map(Partnership::getTitle).orElse(null))),
				field("parties", "agreement.parties",
						listOf(parts(part("side", code(PartySide.class)),
								part("localityId", reference(directory::localityName)),
								part("organisationId", reference(directory::organisationName)),
								part("signatoryName", text()), part("signatoryTitle", text()),
								part("signatoryLevel", code(SignatoryLevel.class))))),
				field("signedOn", "agreement.signedOn", date("signedPrecision")),
				field("effectiveOn", "agreement.effectiveOn", day()),
				field("expiresOn", "agreement.expiresOn", day()),
				field("currentStage", "agreement.stage", code(ActionType.class)),
				field("documentRef", "agreement.documentRef", text()),
				field("summary", "agreement.summary", text()),
				field("fields", "record.fields", listOf(code(CooperationField.class))),
				field("actions", "agreement.actions",
						listOf(parts(part("type", code(ActionType.class)), part("date", date("datePrecision")),
								part("note", text())))),
				citations.historyField(), VISIBILITY));
	}

}
