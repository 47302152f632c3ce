package vn.hoptac.events.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;

/** Free text finds a membership through its network's and member's names, an event through its parties', venue's and organiser's. */
@Configuration(proxyBeanMethods = false)
class EventsRelatedText {

	@Bean
	RelatedText membershipParties() {
		return RelatedText.of("membership")
			.direct("network_organisation_id", "organisation")
			.direct("member_locality_id", "locality")
			.direct("member_organisation_id", "organisation");
	}

	@Bean
	RelatedText eventParties() {
		return RelatedText.of("event")
			.direct("vn_locality_id", "locality")
			.direct("vn_organisation_id", "organisation")
			.direct("venue_locality_id", "locality")
			.direct("organiser_organisation_id", "organisation")
			.direct("partnership_id", "partnership");
	}

}
