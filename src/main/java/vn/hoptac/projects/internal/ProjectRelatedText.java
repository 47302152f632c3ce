package vn.hoptac.projects.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.RelatedText;

/**
 * Free text finds a project through the current names of its participants, its Vietnamese party,
 * its locations and its partnership.
 */
@Configuration(proxyBeanMethods = false)
class ProjectRelatedText {

	@Bean
	RelatedText projectRelated() {
		return RelatedText.of("project")
			.through("project_participant", "project_id", "organisation_id", "organisation")
			.through("project_participant", "project_id", "locality_id", "locality")
			.through("project_location", "project_id", "locality_id", "locality")
			.direct("vn_locality_id", "locality")
			.direct("vn_organisation_id", "organisation")
			.direct("partnership_id", "partnership");
	}

}
