package vn.hoptac.policies.web;

import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.policies.PolicyDraft;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.policies.PolicyQuery;
import vn.hoptac.policies.PolicyService;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;

@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policy documents", description = "Legal and policy documents local foreign affairs rests on")
class PolicyApiController extends RecordApi<PolicyDocument, PolicyDraft, PolicyRequest, PolicyResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("issued", "issuedOn");

	private final PolicyService policies;

	private final PolicyViews views;

	PolicyApiController(PolicyService policies, PolicyViews views) {
		super(policies, ApiWrites.of("Policy", "a policy document")
			.created("Record a policy document (national analysts and administrators)")
			.deleted("Delete a policy document (administrators). With the version read, a stale one is a 409."));
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

	@Override
	protected PolicyResponse detail(PolicyDocument policy) {
		return views.of(policy);
	}

}
