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

import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationPlanService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/delegation-plans")
@Tag(name = "Delegation plans", description = "Annual and six-month plans of the provincial leaders' delegations and their path to the Prime Minister")
class DelegationPlanApiController {

	private final DelegationPlanService plans;

	private final Citations citations;

	DelegationPlanApiController(DelegationPlanService plans, Citations citations) {
		this.plans = plans;
		this.citations = citations;
	}

	@Operation(operationId = "listDelegationPlans", summary = "List delegation plans")
	@GetMapping
	PageResponse<DelegationPlanResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		var found = plans.search(q, locality, year, Paging.of(page, size, sort, java.util.Map.of("year", "year")));
		return PageResponse.of(found, p -> detail(plans.get(p.getId())));
	}

	@Operation(operationId = "getDelegationPlan", summary = "Get a delegation plan with what was planned against what happened")
	@GetMapping("/{id}")
	DelegationPlanResponse get(@PathVariable long id) {
		return detail(plans.get(id));
	}

	@Operation(operationId = "createDelegationPlan", summary = "Create a delegation plan")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<DelegationPlanResponse> create(@Valid @RequestBody DelegationPlanRequest request) {
		DelegationPlan created = plans.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(plans.get(created.getId())));
	}

	@Operation(operationId = "updateDelegationPlan", summary = "Update a delegation plan (based on the version read)")
	@PutMapping("/{id}")
	DelegationPlanResponse update(@PathVariable long id, @Valid @RequestBody DelegationPlanRequest request) {
		return detail(plans.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteDelegationPlan", summary = "Delete a delegation plan (as for delegations)")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		plans.delete(id, version);
	}

	@Operation(operationId = "recordDelegationPlanStep", summary = "Record a step of a plan's path, checked against the order of the path")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/steps")
	ResponseEntity<DelegationPlanResponse> recordStep(@PathVariable long id, @Valid @RequestBody PlanStepRequest step) {
		return ResponseEntity.status(HttpStatus.CREATED).body(detail(plans.recordStep(id, step.toDraft())));
	}

	private DelegationPlanResponse detail(DelegationPlan plan) {
		return DelegationPlanResponse.of(plan, plans.realised(plan), plans.unplanned(plan),
				CitationResponse.of(citations.of(plan.getSource())));
	}

}
