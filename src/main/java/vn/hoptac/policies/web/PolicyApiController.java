package vn.hoptac.policies.web;

import java.util.Map;

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

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.policies.PolicyQuery;
import vn.hoptac.policies.PolicyService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policy documents", description = "Legal and policy documents local foreign affairs rests on")
class PolicyApiController {

	static final Map<String, String> SORT_KEYS = Map.of("issued", "issuedOn");

	private final PolicyService policies;

	private final PolicyViews views;

	PolicyApiController(PolicyService policies, PolicyViews views) {
		this.policies = policies;
		this.views = views;
	}

	@Operation(operationId = "listPolicies", summary = "List and search policy documents (by kind, by the year issued)")
	@GetMapping
	PageResponse<PolicyResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) PolicyKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<PolicyDocument> found = policies.search(new PolicyQuery(q, kind, year),
				Paging.of(page, size, sort, SORT_KEYS));
		return PageResponse.of(found, views::of);
	}

	@Operation(operationId = "getPolicy", summary = "Get a policy document")
	@GetMapping("/{id}")
	PolicyResponse get(@PathVariable long id) {
		return views.of(policies.get(id));
	}

	@Operation(operationId = "createPolicy", summary = "Record a policy document (national analysts and administrators)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<PolicyResponse> create(@Valid @RequestBody PolicyRequest request) {
		PolicyDocument created = policies.create(request.toDraft());
		return ApiResponses.created(created.getId(), views.of(created));
	}

	@Operation(operationId = "updatePolicy", summary = "Update a policy document (based on the version read)")
	@PutMapping("/{id}")
	PolicyResponse update(@PathVariable long id, @Valid @RequestBody PolicyRequest request) {
		return views.of(policies.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deletePolicy", summary = "Delete a policy document (administrators). "
			+ "With the version read, a stale one is a 409.")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		policies.delete(id, version);
	}

}
