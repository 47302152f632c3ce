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

import vn.hoptac.monitoring.FrameworkQuery;
import vn.hoptac.monitoring.FrameworkScope;
import vn.hoptac.monitoring.FrameworkService;
import vn.hoptac.monitoring.IpttService;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Results frameworks (output, outcome, impact) and their indicator tracking tables")
class FrameworkApiController {

	private final FrameworkService frameworks;

	private final IpttService iptt;

	private final Citations citations;

	FrameworkApiController(FrameworkService frameworks, IpttService iptt, Citations citations) {
		this.frameworks = frameworks;
		this.iptt = iptt;
		this.citations = citations;
	}

	@Operation(operationId = "listFrameworks", summary = "List and search results frameworks")
	@GetMapping
	PageResponse<FrameworkResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) FrameworkScope scope, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) Long project,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		var query = new FrameworkQuery(q, scope, plan, partnership, project, locality);
		return PageResponse.of(frameworks.search(query, Paging.of(page, size, sort, Map.of())),
				f -> FrameworkResponse.of(f, null));
	}

	@Operation(operationId = "getFramework", summary = "Get a results framework with its results")
	@GetMapping("/{id}")
	FrameworkResponse get(@PathVariable long id) {
		return detail(frameworks.get(id));
	}

	/**
	 * Indicator × period with target, approved actual, % of target (direction-aware: 100 means met)
	 * and the running totals, grouped by result.
	 */
	@Operation(operationId = "frameworkIptt", summary = "The indicator performance tracking table of a framework")
	@GetMapping("/{id}/iptt")
	IpttResponse iptt(@PathVariable long id) {
		return IpttResponse.of(iptt.of(id));
	}

	@Operation(operationId = "createFramework", summary = "Create a results framework")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<FrameworkResponse> create(@Valid @RequestBody FrameworkRequest request) {
		ResultsFramework created = frameworks.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(frameworks.get(created.getId())));
	}

	@Operation(operationId = "updateFramework", summary = "Update a results framework (based on the version read)")
	@PutMapping("/{id}")
	FrameworkResponse update(@PathVariable long id, @Valid @RequestBody FrameworkRequest request) {
		return detail(frameworks.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteFramework", summary = "Delete a results framework without indicators")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		frameworks.delete(id, version);
	}

	private FrameworkResponse detail(ResultsFramework framework) {
		return FrameworkResponse.of(framework, CitationResponse.of(citations.of(framework.getSource())));
	}

}
