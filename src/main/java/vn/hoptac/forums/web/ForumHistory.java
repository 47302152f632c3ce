package vn.hoptac.forums.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.day;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.part;
import static vn.hoptac.shared.HistoryFields.parts;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.forums.FollowUpProgress;
import vn.hoptac.forums.ForumActionStatus;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.forums.ForumService;
import vn.hoptac.partners.Pillar;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.sources.Citations;

/** How a forum reads in its history and in the audit log: as on its page. */
@Configuration(proxyBeanMethods = false)
class ForumHistory {

	@Bean
	HistoryFields forumFields(PartyDirectory directory, PartnershipService partnerships, Citations citations) {
		return new HistoryFields(ForumService.ENTITY, "title", List.of(field("title", "forum.title", text()),
				field("kind", "forum.kind", code(ForumKind.class)),
				field("heldOn", "forum.heldOn", date("heldPrecision")), field("place", "forum.place", text()),
				field("vnLocalityId", "forum.province", reference(directory::localityName)),
				field("partnershipId", "forum.partnership",
						reference(id -> partnerships.findReadable(id).map(Partnership::getTitle).orElse(null))),
				field("participants", "forum.participants",
						listOf(parts(part("organisationId", reference(directory::organisationName)),
								part("pillar", code(Pillar.class))))),
				field("agenda", "forum.agenda", text()), field("minutes", "forum.minutes", text()),
				field("decisions", "forum.decisions", listOf(text())),
				field("followUps", "forum.followUps",
						listOf(parts(part("action", text()), part("owner", text()), part("dueOn", day()),
								part("status", code(ForumActionStatus.class)), part("doneOn", day())))),
				field("followUpProgress", "forum.followUpProgress", code(FollowUpProgress.class)),
				citations.historyField(), VISIBILITY));
	}

}
