package vn.hoptac.delegations.web;

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

import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationQuery;
import vn.hoptac.delegations.ReportedTotal;
import vn.hoptac.delegations.ReportedTotalService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/delegations/reported-totals")
@Tag(name = "Delegations", description = "Inbound and outbound delegations, their statistics and the totals sources report")
class ReportedTotalApiController {

	private final ReportedTotalService totals;

	private final Citations citations;

	ReportedTotalApiController(ReportedTotalService totals, Citations citations) {
		this.totals = totals;
		this.citations = citations;
	}

	@Operation(operationId = "listReportedDelegationTotals", summary = "List the delegation totals sources report for periods")
	@GetMapping
	PageResponse<ReportedTotalResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership,
			@RequestParam(required = false) DelegationDirection direction,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		var query = new DelegationQuery(q, country, locality, partnership, direction, null, null, null, null, null,
				null);
		return PageResponse.of(totals.search(query, Paging.of(page, size, sort, java.util.Map.of("from", "periodFrom"))),
				this::detail);
	}

	@Operation(operationId = "getReportedDelegationTotal", summary = "Get a reported delegation total")
	@GetMapping("/{id}")
	ReportedTotalResponse get(@PathVariable long id) {
		return detail(totals.get(id));
	}

	@Operation(operationId = "createReportedDelegationTotal", summary = "Record a delegation total a source reports")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ReportedTotalResponse> create(@Valid @RequestBody ReportedTotalRequest request) {
		ReportedTotal created = totals.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(created));
	}

	@Operation(operationId = "updateReportedDelegationTotal", summary = "Update a reported delegation total (based on the version read)")
	@PutMapping("/{id}")
	ReportedTotalResponse update(@PathVariable long id, @Valid @RequestBody ReportedTotalRequest request) {
		return detail(totals.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteReportedDelegationTotal", summary = "Delete a reported delegation total (as for delegations)")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		totals.delete(id, version);
	}

	private ReportedTotalResponse detail(ReportedTotal total) {
		return ReportedTotalResponse.of(total, CitationResponse.of(citations.of(total.getSource())));
	}

}
