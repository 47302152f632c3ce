package vn.hoptac.delegations.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationQuery;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.StatsGrouping;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/delegations")
@Tag(name = "Delegations", description = "Inbound and outbound delegations, their statistics and the totals sources report")
class DelegationApiController {

	static final Map<String, String> SORT_KEYS = Map.of("start", "startOn");

	private final DelegationService delegations;

	private final DelegationNames names;

	private final DelegationStatistics statistics;

	private final Citations citations;

	DelegationApiController(DelegationService delegations, DelegationNames names, DelegationStatistics statistics,
			Citations citations) {
		this.delegations = delegations;
		this.names = names;
		this.statistics = statistics;
		this.citations = citations;
	}

	@Operation(operationId = "listDelegations", summary = "List and search delegations")
	@GetMapping
	PageResponse<DelegationListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership,
			@RequestParam(required = false) DelegationDirection direction,
			@RequestParam(required = false) DelegationStatus status, @RequestParam(required = false) DelegationRank rank,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		var query = new DelegationQuery(q, country, locality, partnership, direction, status, rank, field, yearFrom,
				yearTo, plan);
		Page<Delegation> found = delegations.search(query, Paging.of(page, size, sort, SORT_KEYS));
		var parties = names.parties(found.getContent());
		return PageResponse.of(found, d -> DelegationListItem.of(d, parties));
	}

	/**
	 * Delegations per partner, country, direction or year, under the list's filters and the reader's
	 * access, with the totals sources report for periods shown apart.
	 */
	@Operation(operationId = "delegationStats", summary = "Count delegations and persons per partner, country, direction or year")
	@GetMapping("/stats")
	StatsResponse stats(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership,
			@RequestParam(required = false) DelegationDirection direction,
			@RequestParam(required = false) DelegationStatus status, @RequestParam(required = false) DelegationRank rank,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) Integer size) {
		var query = new DelegationQuery(q, country, locality, partnership, direction, status, rank, field, yearFrom,
				yearTo, plan);
		// how many groups are shown, the largest first; checked as a page's size (1 to 200)
		int shown = Paging.of(null, size == null ? DelegationStatistics.SHOWN : size, Sort.unsorted()).getPageSize();
		return statistics.of(query, grouping(groupBy), shown);
	}

	/** {@code partner}, {@code country}, {@code direction} or {@code year} (default partner); anything else is a 400 at groupBy. */
	static StatsGrouping grouping(String groupBy) {
		if (groupBy == null || groupBy.isBlank()) {
			return StatsGrouping.PARTNER;
		}
		try {
			return StatsGrouping.valueOf(groupBy.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException(List.of(new RuleViolationException.Violation("groupBy",
					"validation.enum", "partner, country, direction, year")));
		}
	}

	@Operation(operationId = "getDelegation", summary = "Get a delegation")
	@GetMapping("/{id}")
	DelegationResponse get(@PathVariable long id) {
		return detail(delegations.get(id));
	}

	@Operation(operationId = "createDelegation", summary = "Create a delegation")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<DelegationResponse> create(@Valid @RequestBody DelegationRequest request) {
		Delegation created = delegations.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(delegations.get(created.getId())));
	}

	@Operation(operationId = "updateDelegation", summary = "Update a delegation (based on the version read)")
	@PutMapping("/{id}")
	DelegationResponse update(@PathVariable long id, @Valid @RequestBody DelegationRequest request) {
		return detail(delegations.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteDelegation", summary = "Delete a delegation (administrators; province administrators in their province). "
			+ "With the version read, a stale one is a 409.")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		delegations.delete(id, version);
	}

	private DelegationResponse detail(Delegation delegation) {
		return DelegationResponse.of(delegation, names.parties(List.of(delegation)),
				delegations.agreementTitles(delegation.getAgreementIds()),
				CitationResponse.of(citations.of(delegation.getSource())));
	}

}
