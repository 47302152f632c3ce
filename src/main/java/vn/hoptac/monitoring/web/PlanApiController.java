package vn.hoptac.monitoring.web;

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

import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.monitoring.PlanQuery;
import vn.hoptac.monitoring.PlanService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Medium-term cooperation plans of a province or a partnership, with objectives")
class PlanApiController {

	static final Map<String, String> SORT_KEYS = Map.of("yearFrom", "yearFrom");

	private final PlanService plans;

	private final Citations citations;

	PlanApiController(PlanService plans, Citations citations) {
		this.plans = plans;
		this.citations = citations;
	}

	@Operation(operationId = "listPlans", summary = "List and search cooperation plans")
	@GetMapping
	PageResponse<PlanResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return PageResponse.of(plans.search(new PlanQuery(q, partnership, year), Paging.of(page, size, sort, SORT_KEYS)),
				p -> PlanResponse.of(p, null));
	}

	@Operation(operationId = "getPlan", summary = "Get a cooperation plan")
	@GetMapping("/{id}")
	PlanResponse get(@PathVariable long id) {
		return detail(plans.get(id));
	}

	@Operation(operationId = "createPlan", summary = "Create a cooperation plan")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanRequest request) {
		CooperationPlan created = plans.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(plans.get(created.getId())));
	}

	@Operation(operationId = "updatePlan", summary = "Update a cooperation plan (based on the version read)")
	@PutMapping("/{id}")
	PlanResponse update(@PathVariable long id, @Valid @RequestBody PlanRequest request) {
		return detail(plans.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deletePlan", summary = "Delete a cooperation plan no framework is attached to")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		plans.delete(id, version);
	}

	private PlanResponse detail(CooperationPlan plan) {
		return PlanResponse.of(plan, CitationResponse.of(citations.of(plan.getSource())));
	}

}
