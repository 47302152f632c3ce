package vn.hoptac.conferences.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class ConferenceExports {

	@Bean
	ExportColumns<ConferenceListItem> conferenceColumns() {
		return ExportColumns.of(ConferenceListItem.class)
			.text("title", "conference.title", ConferenceListItem::title)
			.text("kind", "conference.kind", ConferenceListItem::kind)
			.text("organiser", "conference.organiser", ConferenceListItem::organiser)
			.text("host", "conference.host", ConferenceListItem::host)
			.text("foreignParty", "conference.foreignParty", ConferenceListItem::foreignParty)
			.country("country", "facet.country", ConferenceListItem::foreignCountry)
			.text("venue", "conference.venue", ConferenceListItem::venue)
			.text("online", "conference.online", ConferenceListItem::online)
			.date("startOn", "conference.startOn", ConferenceListItem::startOn)
			.date("endOn", "conference.endOn", ConferenceListItem::endOn)
			.number("participants", "conference.participants", ConferenceListItem::participants)
			.text("participantsQualifier", "conference.qualifier", ConferenceListItem::participantsQualifier)
			.number("foreignParticipants", "conference.foreignParticipants", ConferenceListItem::foreignParticipants)
			.text("authority", "conference.authority", ConferenceListItem::authority)
			.text("stage", "conference.stage", ConferenceListItem::stage)
			.text("visibility", "record.visibility", ConferenceListItem::visibility)
			.text("source", "record.source", ConferenceListItem::source);
	}

}
