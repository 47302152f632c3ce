package vn.hoptac.events.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class EventExports {

	@Bean
	ExportColumns<EventResponse> eventColumns() {
		return ExportColumns.of(EventResponse.class)
			.text("title", "event.title", EventResponse::title)
			.text("kind", "event.kind", EventResponse::kind)
			.text("role", "event.role", EventResponse::role)
			.text("vnParty", "event.vnParty", EventResponse::vnParty)
			.text("organiser", "event.organiser", EventResponse::organiser)
			.text("venue", "event.venue", EventResponse::venue)
			.country("venueCountry", "event.venueCountry", EventResponse::venueCountry)
			.text("edition", "event.edition", EventResponse::edition)
			.date("startOn", "event.startOn", EventResponse::startOn)
			.date("endOn", "event.endOn", EventResponse::endOn)
			.text("visibility", "record.visibility", EventResponse::visibility)
			.text("source", "record.source", EventResponse::source);
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
