package vn.hoptac.ngos.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;

/** Free text finds an NGO's file through the NGO's current names and its province's. */
@Configuration(proxyBeanMethods = false)
class NgoRelatedText {

	@Bean
	RelatedText ngoNames() {
		return RelatedText.of("ngo").direct("organisation_id", "organisation").direct("vn_locality_id", "locality");
	}

}
