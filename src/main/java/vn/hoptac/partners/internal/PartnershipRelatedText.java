package vn.hoptac.partners.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;
import vn.hoptac.shared.RelatedTextMigration;

/** Free text finds a partnership through its parties' current names: organisations and localities. */
@Configuration(proxyBeanMethods = false)
class PartnershipRelatedText {

	static final RelatedText PARTIES = RelatedText.of("partnership")
		.direct("vn_organisation_id", "organisation")
		.direct("foreign_organisation_id", "organisation")
		.direct("vn_locality_id", "locality")
		.direct("foreign_locality_id", "locality");

	@Bean
	RelatedText partnershipParties() {
		return PARTIES;
	}

	@Bean
	RelatedTextMigration partnershipRelatedTextMigration() {
		return new RelatedTextMigration("20.2", PARTIES) {
		};
	}

}
