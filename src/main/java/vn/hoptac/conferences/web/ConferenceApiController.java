package vn.hoptac.conferences.web;

import java.util.Map;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.Conference;
import vn.hoptac.conferences.ConferenceDraft;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceQuery;
import vn.hoptac.conferences.ConferenceService;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/conferences")
@Tag(name = "Conferences", description = "International conferences and seminars with their dossier path")
class ConferenceApiController extends RecordApi<Conference, ConferenceDraft, ConferenceRequest, ConferenceResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("start", "startOn");

	private final ConferenceService conferences;

	private final PartyDirectory parties;

	private final Citations citations;

	ConferenceApiController(ConferenceService conferences, PartyDirectory parties, Citations citations) {
		super(conferences, ApiWrites.of("Conference", "a conference"));
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

	@Override
	protected ConferenceResponse detail(Conference conference) {
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
