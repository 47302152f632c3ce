package vn.hoptac.monitoring.web;

import java.util.List;
import java.util.Map;

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

import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.IndicatorQuery;
import vn.hoptac.monitoring.IndicatorService;
import vn.hoptac.monitoring.IndicatorUpdate;
import vn.hoptac.monitoring.UpdateService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicators of results frameworks with baselines, periods, targets and the updates of actuals")
class IndicatorApiController {

	private final IndicatorService indicators;

	private final UpdateService updates;

	private final Citations citations;

	IndicatorApiController(IndicatorService indicators, UpdateService updates, Citations citations) {
		this.indicators = indicators;
		this.updates = updates;
		this.citations = citations;
	}

	@Operation(operationId = "listIndicators", summary = "List and search indicators")
	@GetMapping
	PageResponse<IndicatorResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long framework, @RequestParam(required = false) IndicatorMeasure measure,
			@RequestParam(required = false) String sdg, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		var query = new IndicatorQuery(q, framework, measure, sdg);
		return PageResponse.of(indicators.search(query, Paging.of(page, size, sort, Map.of())),
				i -> IndicatorResponse.of(i, null));
	}

	@Operation(operationId = "getIndicator", summary = "Get an indicator with its baseline and periods")
	@GetMapping("/{id}")
	IndicatorResponse get(@PathVariable long id) {
		return detail(indicators.get(id));
	}

	@Operation(operationId = "createIndicator", summary = "Create an indicator in a framework")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<IndicatorResponse> create(@Valid @RequestBody IndicatorRequest request) {
		Indicator created = indicators.create(request.frameworkId(), request.toDraft());
		return ApiResponses.created(created.getId(), detail(indicators.get(created.getId())));
	}

	@Operation(operationId = "updateIndicator", summary = "Update an indicator (based on the version read)")
	@PutMapping("/{id}")
	IndicatorResponse update(@PathVariable long id, @Valid @RequestBody IndicatorRequest request) {
		return detail(indicators.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteIndicator", summary = "Delete an indicator nobody has reported on")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		indicators.delete(id, version);
	}

	@Operation(operationId = "listIndicatorUpdates", summary = "The updates of an indicator's actuals, oldest first")
	@GetMapping("/{id}/updates")
	List<UpdateResponse> updates(@PathVariable long id) {
		return updates.ofIndicator(id).stream().map(UpdateResponse::of).toList();
	}

	@Operation(operationId = "createIndicatorUpdate", summary = "Draft an update of an actual for a period")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/updates")
	ResponseEntity<UpdateResponse> createUpdate(@PathVariable long id, @Valid @RequestBody UpdateRequest request) {
		IndicatorUpdate created = updates.create(id, request.toDraft());
		return ResponseEntity.created(java.net.URI.create("/api/v1/indicator-updates/" + created.getId()))
			.body(UpdateResponse.of(updates.get(created.getId())));
	}

	private IndicatorResponse detail(Indicator indicator) {
		return IndicatorResponse.of(indicator, CitationResponse.of(citations.of(indicator.getSource())));
	}

}
