package vn.hoptac.forums.web;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import vn.hoptac.forums.FollowUpProgress;
import vn.hoptac.forums.Forum;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.forums.ForumParticipant;
import vn.hoptac.forums.ForumQuery;
import vn.hoptac.forums.ForumService;
import vn.hoptac.partners.Pillar;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/forums")
@Tag(name = "Forums", description = "Periodic forums and coordination meetings: participants by pillar, decisions, follow-up actions")
class ForumApiController {

	static final Map<String, String> SORT_KEYS = Map.of("held", "heldOn");

	private final ForumService forums;

	private final PartyDirectory parties;

	private final Citations citations;

	ForumApiController(ForumService forums, PartyDirectory parties, Citations citations) {
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

	@Operation(operationId = "createForum", summary = "Record a forum or coordination meeting")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ForumResponse> create(@Valid @RequestBody ForumRequest request) {
		Forum created = forums.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(forums.get(created.getId())));
	}

	@Operation(operationId = "updateForum", summary = "Update a forum (based on the version read)")
	@PutMapping("/{id}")
	ForumResponse update(@PathVariable long id, @Valid @RequestBody ForumRequest request) {
		return detail(forums.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteForum", summary = "Delete a forum (administrators; province administrators in their province). "
			+ "With the version read, a stale one is a 409.")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		forums.delete(id, version);
	}

	private ForumResponse detail(Forum forum) {
		return ForumResponse.of(forum, lookup(parties, List.of(forum)), CitationResponse.of(citations.of(forum.getSource())));
	}

	/** The names of the forums' provinces and participants, in one query per kind. */
	static PartyDirectory.Lookup lookup(PartyDirectory parties, List<Forum> all) {
		return parties.load(all.stream().map(Forum::getVnLocalityId).toList(),
				all.stream().flatMap(f -> f.getParticipants().stream()).map(ForumParticipant::organisationId).toList());
	}

}
