package vn.hoptac.delegations.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;

/** Free text finds a delegation through its parties' and partnership's current names. */
@Configuration(proxyBeanMethods = false)
class DelegationRelatedText {

	@Bean
	RelatedText delegationParties() {
		return RelatedText.of("delegation")
			.direct("foreign_locality_id", "locality")
			.direct("foreign_organisation_id", "organisation")
			.direct("vn_locality_id", "locality")
			.direct("vn_organisation_id", "organisation")
			.direct("partnership_id", "partnership");
	}

}
