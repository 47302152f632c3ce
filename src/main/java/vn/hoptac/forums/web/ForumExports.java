package vn.hoptac.forums.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of the forum list's exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class ForumExports {

	@Bean
	ExportColumns<ForumResponse> forumColumns() {
		return ExportColumns.of(ForumResponse.class)
			.text("title", "forum.title", ForumResponse::title)
			.text("kind", "forum.kind", ForumResponse::kind)
			.date("heldOn", "forum.heldOn", ForumResponse::heldOn)
			.text("place", "forum.place", ForumResponse::place)
			.text("province", "forum.province", ForumResponse::province)
			.text("followUpProgress", "forum.followUpProgress", ForumResponse::followUpProgress)
			.text("visibility", "record.visibility", ForumResponse::visibility)
			.text("source", "record.source", ForumResponse::source);
	}

}
