package vn.hoptac.conferences.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
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

import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.sources.Citations;

/** How conferences read in their history and in the audit log: as on their page, the dossier path included. */
@Configuration(proxyBeanMethods = false)
class ConferenceHistory {

	@Bean
	HistoryFields conferenceFields(PartyDirectory directory, PartnershipService partnerships, Citations citations) {
		return new HistoryFields("conference", "title", List.of(field("title", "conference.title", text()),
				field("kind", "conference.kind", code(ConferenceKind.class)),
				field("currentStage", "conference.stage", code(ConferenceStage.class)),
				field("organiserOrganisationId", "conference.organiser", reference(directory::organisationName)),
				field("vnLocalityId", "conference.host", reference(directory::localityName)),
				field("foreignOrganisationId", "conference.foreignParty", reference(directory::organisationName)),
				field("foreignLocalityId", "conference.foreignParty", reference(directory::localityName)),
				field("partnershipId", "conference.partnership",
						reference(id -> partnerships.findReadable(id).map(Partnership::getTitle).orElse(null))),
				field("startOn", "conference.startOn", date("startPrecision")),
				field("endOn", "conference.endOn", date("endPrecision")),
				field("venue", "conference.venue", text()), field("online", "conference.online", flag()),
				field("participants", "conference.participants", text()),
				field("participantsQualifier", "conference.qualifier", code(Qualifier.class)),
				field("foreignParticipants", "conference.foreignParticipants", text()),
				field("foreignParticipantsQualifier", "conference.qualifier", code(Qualifier.class)),
				field("authority", "conference.authority", code(ApprovingAuthority.class)),
				field("summary", "conference.summary", text()),
				field("fields", "record.fields", listOf(code(CooperationField.class))),
				field("steps", "conference.steps",
						listOf(parts(part("stage", code(ConferenceStage.class)), part("stepOn", date("stepPrecision")),
								part("documentRef", text()), part("opinion", text())))),
				citations.historyField(), VISIBILITY));
	}

}
