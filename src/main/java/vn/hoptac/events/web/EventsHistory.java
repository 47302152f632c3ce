package vn.hoptac.events.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.country;
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

import vn.hoptac.events.Event;
import vn.hoptac.events.EventKind;
import vn.hoptac.events.EventMeasure;
import vn.hoptac.events.EventRole;
import vn.hoptac.events.EventService;
import vn.hoptac.events.Membership;
import vn.hoptac.events.MembershipKind;
import vn.hoptac.events.MembershipService;
import vn.hoptac.events.MembershipStatus;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.sources.Citations;

/** How memberships, events and awards read in their history and in the audit log: as on their pages. */
@Configuration(proxyBeanMethods = false)
class EventsHistory {

	@Bean
	HistoryFields membershipFields(PartyDirectory directory, Citations citations) {
		return new HistoryFields("membership", "title", List.of(field("title", "membership.title", text()),
				field("networkOrganisationId", "membership.network", reference(directory::organisationName)),
				field("memberLocalityId", "membership.member", reference(directory::localityName)),
				field("memberOrganisationId", "membership.member", reference(directory::organisationName)),
				field("kind", "membership.kind", code(MembershipKind.class)),
				field("status", "membership.status", code(MembershipStatus.class)),
				field("sinceOn", "membership.since", date("sincePrecision")),
				field("untilOn", "membership.until", date("untilPrecision")),
				field("note", "membership.note", text()),
				field("roles", "membership.roles",
						listOf(parts(part("role", text()), part("fromOn", date("fromPrecision")),
								part("toOn", date("toPrecision"))))),
				citations.historyField(), VISIBILITY));
	}

	@Bean
	HistoryFields eventFields(PartyDirectory directory, PartnershipService partnerships, Citations citations) {
		return new HistoryFields("event", "title", List.of(field("title", "event.title", text()),
				field("kind", "event.kind", code(EventKind.class)), field("role", "event.role", code(EventRole.class)),
				field("vnLocalityId", "event.vnParty", reference(directory::localityName)),
				field("vnOrganisationId", "event.vnParty", reference(directory::organisationName)),
				field("venueLocalityId", "event.venue", reference(directory::localityName)),
				field("venueCountry", "event.venueCountry", country()),
				field("organiserOrganisationId", "event.organiser", reference(directory::organisationName)),
				field("partnershipId", "event.partnership",
						reference(id -> partnerships.findReadable(id).map(Partnership::getTitle).orElse(null))),
				field("projectId", "event.project", text()), field("conferenceId", "event.conference", text()),
				field("edition", "event.edition", text()), field("recurring", "event.recurring", flag()),
				field("coversEvents", "event.coversEvents", text()),
				field("startOn", "event.startOn", date("startPrecision")),
				field("endOn", "event.endOn", date("endPrecision")),
				field("description", "event.description", text()),
				field("figures", "event.figures",
						listOf(parts(part("measure", code(EventMeasure.class)), part("qualifier", code(Qualifier.class)),
								part("valueMin", text()), part("valueMax", text())))),
				citations.historyField(), VISIBILITY));
	}

	@Bean
	HistoryFields awardFields(PartyDirectory directory, MembershipService memberships, EventService events,
			Citations citations) {
		return new HistoryFields("award", "title", List.of(field("title", "award.title", text()),
				field("vnLocalityId", "award.recipient", reference(directory::localityName)),
				field("vnOrganisationId", "award.recipient", reference(directory::organisationName)),
				field("membershipId", "award.membership",
						reference(id -> memberships.findReadable(id).map(Membership::getTitle).orElse(null))),
				field("eventId", "award.event",
						reference(id -> events.findReadable(id).map(Event::getTitle).orElse(null))),
				field("projectId", "award.project", text()),
				field("awardedOn", "award.awardedOn", date("awardedPrecision")),
				field("awardedByOrganisationId", "award.awardedBy", reference(directory::organisationName)),
				field("note", "award.note", text()), citations.historyField(), VISIBILITY));
	}

}
