package vn.hoptac.forums.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.forums.Forum;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordExport;

/** The columns of the forum list's exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class ForumExports {

	@Bean
	RecordExport<Forum> forumExport(PartyDirectory parties) {
		return RecordExport.of(Forum.class, ForumResponse.class)
			.text("title", "forum.title")
			.text("kind", "forum.kind")
			.date("heldOn", "forum.heldOn", "heldOn", "heldPrecision")
			.text("place", "forum.place")
			.related("province", "forum.province", parties.partiesAt("vnLocalityId", null))
			.text("followUpProgress", "forum.followUpProgress")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
