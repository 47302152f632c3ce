package vn.hoptac.delegations.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationDraft;
import vn.hoptac.delegations.DelegationQuery;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.StatsGrouping;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/delegations")
@Tag(name = "Delegations", description = "Inbound and outbound delegations, their statistics and the totals sources report")
class DelegationApiController extends RecordApi<Delegation, DelegationDraft, DelegationRequest, DelegationResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("start", "startOn");

	private final DelegationService delegations;

	private final DelegationNames names;

	private final DelegationStatistics statistics;

	private final Citations citations;

	DelegationApiController(DelegationService delegations, DelegationNames names, DelegationStatistics statistics,
			Citations citations) {
		super(delegations, ApiWrites.of("Delegation", "a delegation"));
		this.delegations = delegations;
		this.names = names;
		this.statistics = statistics;
		this.citations = citations;
	}

	@Operation(operationId = "listDelegations", summary = "List and search delegations")
	@GetMapping
	@Transactional(readOnly = true) // the page, its total and its parties' names: one read
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
		var parties = names.listed(found.getContent());
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

	@Override
	protected DelegationResponse detail(Delegation delegation) {
		return DelegationResponse.of(delegation, names.parties(delegation),
				delegations.agreementTitles(delegation.getAgreementIds()),
				CitationResponse.of(citations.of(delegation.getSource())));
	}

}
