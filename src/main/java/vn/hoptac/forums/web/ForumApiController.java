package vn.hoptac.forums.web;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.forums.FollowUpProgress;
import vn.hoptac.forums.Forum;
import vn.hoptac.forums.ForumDraft;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.forums.ForumParticipant;
import vn.hoptac.forums.ForumQuery;
import vn.hoptac.forums.ForumService;
import vn.hoptac.partners.Pillar;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/forums")
@Tag(name = "Forums", description = "Periodic forums and coordination meetings: participants by pillar, decisions, follow-up actions")
class ForumApiController extends RecordApi<Forum, ForumDraft, ForumRequest, ForumResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("held", "heldOn");

	private final ForumService forums;

	private final PartyDirectory parties;

	private final Citations citations;

	ForumApiController(ForumService forums, PartyDirectory parties, Citations citations) {
		super(forums, ApiWrites.of("Forum", "a forum").created("Record a forum or coordination meeting"));
		this.forums = forums;
		this.parties = parties;
		this.citations = citations;
	}

	@Operation(operationId = "listForums", summary = "List and search forums and coordination meetings")
	@GetMapping
	PageResponse<ForumResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) ForumKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Pillar pillar, @RequestParam(required = false) FollowUpProgress followUps,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<Forum> found = forums.search(new ForumQuery(q, locality, partnership, kind, year, pillar, followUps),
				Paging.of(page, size, sort, SORT_KEYS));
		PartyDirectory.Lookup names = lookup(parties, found.getContent());
		return PageResponse.of(found, f -> ForumResponse.of(f, names, null));
	}

	@Operation(operationId = "getForum", summary = "Get a forum with its participants, decisions and follow-ups")
	@GetMapping("/{id}")
	ForumResponse get(@PathVariable long id) {
		return detail(forums.get(id));
	}

	@Override
	protected ForumResponse detail(Forum forum) {
		return ForumResponse.of(forum, lookup(parties, List.of(forum)), CitationResponse.of(citations.of(forum.getSource())));
	}

	/** The names of the forums' provinces and participants, in one query per kind. */
	static PartyDirectory.Lookup lookup(PartyDirectory parties, List<Forum> all) {
		return parties.load(all.stream().map(Forum::getVnLocalityId).toList(),
				all.stream().flatMap(f -> f.getParticipants().stream()).map(ForumParticipant::organisationId).toList());
	}

}
