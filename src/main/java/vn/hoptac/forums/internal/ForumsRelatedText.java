package vn.hoptac.forums.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;

/** Free text finds a forum through its province's and partnership's names. */
@Configuration(proxyBeanMethods = false)
class ForumsRelatedText {

	@Bean
	RelatedText forumParties() {
		return RelatedText.of("forum").direct("vn_locality_id", "locality").direct("partnership_id", "partnership");
	}

}
