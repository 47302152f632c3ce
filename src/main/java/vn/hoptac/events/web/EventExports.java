package vn.hoptac.events.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.events.Award;
import vn.hoptac.events.Event;
import vn.hoptac.events.Membership;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class EventExports {

	@Bean
	RecordExport<Event> eventExport(PartyDirectory parties) {
		return RecordExport.of(Event.class, EventResponse.class)
			.text("title", "event.title")
			.text("kind", "event.kind")
			.text("role", "event.role")
			.related("vnParty", "event.vnParty", parties.partiesAt("vnLocalityId", "vnOrganisationId"))
			.related("organiser", "event.organiser", parties.partiesAt(null, "organiserOrganisationId"))
			.related("venue", "event.venue", parties.partiesAt("venueLocalityId", null))
			.country("venueCountry", "event.venueCountry", "venueCountry")
			.text("edition", "event.edition")
			.date("startOn", "event.startOn", "startOn", "startPrecision")
			.date("endOn", "event.endOn", "endOn", "endPrecision")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	@Bean
	RecordExport<Membership> membershipExport(PartyDirectory parties) {
		return RecordExport.of(Membership.class, MembershipResponse.class)
			.text("title", "membership.title")
			.related("network", "membership.network", parties.partiesAt(null, "networkOrganisationId"))
			.related("member", "membership.member", parties.partiesAt("memberLocalityId", "memberOrganisationId"))
			.text("kind", "membership.kind")
			.text("status", "membership.status")
			.date("since", "membership.since", "sinceOn", "sincePrecision")
			.date("until", "membership.until", "untilOn", "untilPrecision")
			.text("note", "membership.note")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	@Bean
	RecordExport<Award> awardExport(PartyDirectory parties) {
		return RecordExport.of(Award.class, AwardResponse.class)
			.text("title", "award.title")
			.related("recipient", "award.recipient", parties.partiesAt("vnLocalityId", "vnOrganisationId"))
			.date("awardedOn", "award.awardedOn", "awardedOn", "awardedPrecision")
			.related("awardedBy", "award.awardedBy", parties.partiesAt(null, "awardedByOrganisationId"))
			.text("note", "award.note")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
