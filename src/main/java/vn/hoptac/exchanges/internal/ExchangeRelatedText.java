package vn.hoptac.exchanges.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;

/** Free text finds an exchange through its parties' and partnership's current names. */
@Configuration(proxyBeanMethods = false)
class ExchangeRelatedText {

	@Bean
	RelatedText exchangeParties() {
		return RelatedText.of("exchange")
			.direct("vn_locality_id", "locality")
			.direct("vn_organisation_id", "organisation")
			.direct("foreign_locality_id", "locality")
			.direct("foreign_organisation_id", "organisation")
			.direct("partnership_id", "partnership");
	}

}
