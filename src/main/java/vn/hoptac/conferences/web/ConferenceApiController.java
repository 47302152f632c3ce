package vn.hoptac.conferences.web;

import java.util.Map;
import java.util.stream.Stream;

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

import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.Conference;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceQuery;
import vn.hoptac.conferences.ConferenceService;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/conferences")
@Tag(name = "Conferences", description = "International conferences and seminars with their dossier path")
class ConferenceApiController {

	static final Map<String, String> SORT_KEYS = Map.of("start", "startOn");

	private final ConferenceService conferences;

	private final PartyDirectory parties;

	private final Citations citations;

	ConferenceApiController(ConferenceService conferences, PartyDirectory parties, Citations citations) {
		this.conferences = conferences;
		this.parties = parties;
		this.citations = citations;
	}

	/** {@code year} is {@code yearFrom} and {@code yearTo} at once: {@code year=2024&stage=HELD} is the year's list for MOFA. */
	@Operation(operationId = "listConferences", summary = "List and search conferences; year=2024&stage=HELD is the year's list for the report to MOFA")
	@GetMapping
	PageResponse<ConferenceListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) ConferenceKind kind,
			@RequestParam(required = false) ConferenceStage stage,
			@RequestParam(required = false) ApprovingAuthority authority,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		var query = new ConferenceQuery(q, country, locality, partnership, kind, stage, authority, field,
				year != null ? year : yearFrom, year != null ? year : yearTo);
		Page<Conference> found = conferences.search(query, Paging.of(page, size, sort, SORT_KEYS));
		PartyDirectory.Lookup names = names(found.getContent().stream());
		return PageResponse.of(found, c -> ConferenceListItem.of(c, names));
	}

	@Operation(operationId = "getConference", summary = "Get a conference")
	@GetMapping("/{id}")
	ConferenceResponse get(@PathVariable long id) {
		return detail(conferences.get(id));
	}

	@Operation(operationId = "createConference", summary = "Create a conference")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ConferenceResponse> create(@Valid @RequestBody ConferenceRequest request) {
		Conference created = conferences.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(created));
	}

	@Operation(operationId = "updateConference", summary = "Update a conference (based on the version read)")
	@PutMapping("/{id}")
	ConferenceResponse update(@PathVariable long id, @Valid @RequestBody ConferenceRequest request) {
		return detail(conferences.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteConference", summary = "Delete a conference (administrators; province administrators in their province). "
			+ "With the version read, a stale one is a 409.")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		conferences.delete(id, version);
	}

	private ConferenceResponse detail(Conference conference) {
		return ConferenceResponse.of(conference, names(Stream.of(conference)),
				CitationResponse.of(citations.of(conference.getSource())));
	}

	/** The parties of the conferences, named in one lookup. */
	private PartyDirectory.Lookup names(Stream<Conference> all) {
		var list = all.toList();
		return parties.load(
				list.stream().flatMap(c -> Stream.of(c.getVnLocalityId(), c.getForeignLocalityId())).toList(),
				list.stream()
					.flatMap(c -> Stream.of(c.getOrganiserOrganisationId(), c.getForeignOrganisationId()))
					.toList());
	}

}
