package vn.hoptac.exchanges.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeDraft;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeQuery;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.exchanges.ExchangeStats.ExchangeGroupBy;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/exchanges")
@Tag(name = "Exchanges", description = "People exchanges: training, staff exchanges, scholarships, students, lecturers, volunteers, with counts")
class ExchangeApiController extends RecordApi<Exchange, ExchangeDraft, ExchangeRequest, ExchangeResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("start", "startOn");

	private final ExchangeService exchanges;

	private final PartyDirectory parties;

	private final Citations citations;

	private final ExchangeStatsView statsView;

	ExchangeApiController(ExchangeService exchanges, PartyDirectory parties, Citations citations,
			ExchangeStatsView statsView) {
		super(exchanges, ApiWrites.of("Exchange", "an exchange"));
		this.exchanges = exchanges;
		this.parties = parties;
		this.citations = citations;
		this.statsView = statsView;
	}

	@Operation(operationId = "listExchanges", summary = "List and search exchanges of people")
	@GetMapping
	PageResponse<ExchangeListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) ExchangeKind kind,
			@RequestParam(required = false) ExchangeStatus status,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		var query = new ExchangeQuery(q, country, locality, partnership, kind, status, field, yearFrom, yearTo);
		Page<Exchange> found = exchanges.search(query, Paging.of(page, size, sort, SORT_KEYS));
		PartyDirectory.Lookup names = lookup(parties, found.getContent());
		return PageResponse.of(found, e -> ExchangeListItem.of(e, names));
	}

	/**
	 * Persons who took part (counts in persons of participants), summed per direction, year, kind,
	 * sex or country over the exchanges the list's filters select and the reader may see.
	 */
	@Operation(operationId = "exchangeStats", summary = "Persons exchanged, grouped by direction, year, kind, sex or country")
	@GetMapping("/stats")
	ExchangeStatsView.StatsResponse stats(@RequestParam String groupBy, @RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) ExchangeKind kind,
			@RequestParam(required = false) ExchangeStatus status,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo) {
		var query = new ExchangeQuery(q, country, locality, partnership, kind, status, field, yearFrom, yearTo);
		return statsView.of(exchanges.stats(query, group(groupBy)));
	}

	@Operation(operationId = "getExchange", summary = "Get an exchange")
	@GetMapping("/{id}")
	ExchangeResponse get(@PathVariable long id) {
		return detail(exchanges.get(id));
	}

	@Override
	protected ExchangeResponse detail(Exchange exchange) {
		return ExchangeResponse.of(exchange, lookup(parties, List.of(exchange)),
				CitationResponse.of(citations.of(exchange.getSource())));
	}

	/** The names of the parties of these exchanges, in one query per kind of party. */
	static PartyDirectory.Lookup lookup(PartyDirectory parties, Collection<Exchange> exchanges) {
		return parties.load(
				exchanges.stream().flatMap(e -> Stream.of(e.getVnLocalityId(), e.getForeignLocalityId())).toList(),
				exchanges.stream()
					.flatMap(e -> Stream.of(e.getVnOrganisationId(), e.getForeignOrganisationId()))
					.toList());
	}

	private static ExchangeGroupBy group(String groupBy) {
		return Arrays.stream(ExchangeGroupBy.values())
			.filter(g -> g.name().equalsIgnoreCase(groupBy.trim()))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.of("groupBy", "validation.enum",
					"direction, year, kind, sex, country"));
	}

}
