package vn.hoptac.conferences.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;

/** Free text finds a conference through its organisers' and host's current names, and its partnership's. */
@Configuration(proxyBeanMethods = false)
class ConferenceRelatedText {

	@Bean
	RelatedText conferenceParties() {
		return RelatedText.of("conference")
			.direct("organiser_organisation_id", "organisation")
			.direct("vn_locality_id", "locality")
			.direct("foreign_organisation_id", "organisation")
			.direct("foreign_locality_id", "locality")
			.direct("partnership_id", "partnership");
	}

}
