package vn.hoptac.conferences.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.conferences.Conference;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class ConferenceExports {

	@Bean
	RecordExport<Conference> conferenceExport(PartyDirectory parties) {
		return RecordExport.of(Conference.class, ConferenceListItem.class)
			.text("title", "conference.title")
			.text("kind", "conference.kind")
			.related("organiser", "conference.organiser", parties.partiesAt(null, "organiserOrganisationId"))
			.related("host", "conference.host", parties.partiesAt("vnLocalityId", null))
			.related("foreignParty", "conference.foreignParty",
					parties.partiesAt("foreignLocalityId", "foreignOrganisationId"))
			.country("country", "facet.country", "foreignCountry")
			.text("venue", "conference.venue")
			.text("online", "conference.online")
			.date("startOn", "conference.startOn", "startOn", "startPrecision")
			.date("endOn", "conference.endOn", "endOn", "endPrecision")
			.number("participants", "conference.participants", "participants")
			.text("participantsQualifier", "conference.qualifier", "participantsQualifier")
			.number("foreignParticipants", "conference.foreignParticipants", "foreignParticipants")
			.text("authority", "conference.authority")
			.text("stage", "conference.stage", "currentStage")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
