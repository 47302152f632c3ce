package vn.hoptac.agreements.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;
import vn.hoptac.shared.RelatedTextMigration;

/** Free text finds an agreement through its parties' current names: organisations and localities. */
@Configuration(proxyBeanMethods = false)
class AgreementRelatedText {

	static final RelatedText PARTIES = RelatedText.of("agreement")
		.through("agreement_party", "agreement_id", "organisation_id", "organisation")
		.through("agreement_party", "agreement_id", "locality_id", "locality");

	@Bean
	RelatedText agreementParties() {
		return PARTIES;
	}

	@Bean
	RelatedTextMigration agreementRelatedTextMigration() {
		return new RelatedTextMigration("20.1", PARTIES) {
		};
	}

}
