package vn.hoptac.partners.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipDraft;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Relations between a Vietnamese and a foreign party")
class PartnershipApiController
		extends RecordApi<Partnership, PartnershipDraft, PartnershipRequest, PartnershipResponse> {

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final Citations citations;

	PartnershipApiController(PartnershipService partnerships, PartyDirectory parties, Citations citations) {
		super(partnerships, ApiWrites.of("Partnership", "a partnership")
			.deleted("Delete a partnership (administrators; province administrators in their province). "
					+ "With the version read, a stale one is a 409; a partnership that agreements belong to is "
					+ "a 409 naming them."));
		this.citations = citations;
		this.partnerships = partnerships;
		this.parties = parties;
	}

	@Operation(operationId = "listPartnerships", summary = "List and search partnerships")
	@GetMapping
	@Transactional(readOnly = true) // the page, its total and its parties' names: one read
	PageResponse<PartnershipListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) PartnershipType type,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) PartnershipLevel level,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		var query = new PartnershipQuery(q, country, locality, type, status, level, field, yearFrom, yearTo);
		Page<Partnership> found = partnerships.search(query,
				Paging.of(page, size, sort, Map.of("established", "establishedOn")));
		PartyDirectory.Lookup names = lookup(found.getContent());
		return PageResponse.of(found, p -> PartnershipListItem.of(p, names));
	}

	@Operation(operationId = "getPartnership", summary = "Get a partnership")
	@GetMapping("/{id}")
	PartnershipResponse get(@PathVariable long id) {
		return detail(partnerships.get(id));
	}

	/** A duplicate is refused (409) unless the request says it is intended. */
	@Override
	protected Partnership save(PartnershipRequest request) {
		return partnerships.create(request.toDraft(), request.isDuplicateIntended());
	}

	@Override
	protected Partnership save(long id, PartnershipRequest request) {
		return partnerships.update(id, request.toDraft(), request.version(), request.isDuplicateIntended());
	}

	@Override
	protected PartnershipResponse detail(Partnership partnership) {
		return PartnershipResponse.of(partnership, lookup(List.of(partnership)),
				CitationResponse.of(citations.of(partnership.getSource())));
	}

	private PartyDirectory.Lookup lookup(List<Partnership> page) {
		return parties.load(
				page.stream().flatMap(p -> Stream.of(p.getVnLocalityId(), p.getForeignLocalityId())).toList(),
				page.stream().flatMap(p -> Stream.of(p.getVnOrganisationId(), p.getForeignOrganisationId())).toList());
	}

}
