package vn.hoptac.events.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.events.Event;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ExportColumns;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX); the events' read as lean rows. */
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
	ExportColumns<MembershipResponse> membershipColumns() {
		return ExportColumns.of(MembershipResponse.class)
			.text("title", "membership.title", MembershipResponse::title)
			.text("network", "membership.network", MembershipResponse::network)
			.text("member", "membership.member", MembershipResponse::member)
			.text("kind", "membership.kind", MembershipResponse::kind)
			.text("status", "membership.status", MembershipResponse::status)
			.date("since", "membership.since", MembershipResponse::since)
			.date("until", "membership.until", MembershipResponse::until)
			.text("note", "membership.note", MembershipResponse::note)
			.text("visibility", "record.visibility", MembershipResponse::visibility)
			.text("source", "record.source", MembershipResponse::source);
	}

	@Bean
	ExportColumns<AwardResponse> awardColumns() {
		return ExportColumns.of(AwardResponse.class)
			.text("title", "award.title", AwardResponse::title)
			.text("recipient", "award.recipient", AwardResponse::recipient)
			.date("awardedOn", "award.awardedOn", AwardResponse::awardedOn)
			.text("awardedBy", "award.awardedBy", AwardResponse::awardedBy)
			.text("note", "award.note", AwardResponse::note)
			.text("visibility", "record.visibility", AwardResponse::visibility)
			.text("source", "record.source", AwardResponse::source);
	}

}
