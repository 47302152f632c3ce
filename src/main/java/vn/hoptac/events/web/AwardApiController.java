package vn.hoptac.events.web;

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

import vn.hoptac.events.Award;
import vn.hoptac.events.AwardQuery;
import vn.hoptac.events.AwardService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Awards", description = "Awards received, within a membership, at an event or for a project")
class AwardApiController {

	private final AwardService awards;

	private final AwardViews views;

	AwardApiController(AwardService awards, AwardViews views) {
		this.awards = awards;
		this.views = views;
	}

	@Operation(operationId = "listAwards", summary = "List and search awards")
	@GetMapping
	PageResponse<AwardResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long membership, @RequestParam(required = false) Long event,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<Award> found = awards.search(new AwardQuery(q, membership, event, yearFrom, yearTo),
				Paging.of(page, size, sort, Map.of("awarded", "awardedOn")));
		return PageResponse.of(found, views.of(found.getContent()));
	}

	@Operation(operationId = "getAward", summary = "Get an award")
	@GetMapping("/{id}")
	AwardResponse get(@PathVariable long id) {
		return views.of(awards.get(id));
	}

	@Operation(operationId = "createAward", summary = "Create an award")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<AwardResponse> create(@Valid @RequestBody AwardRequest request) {
		Award created = awards.create(request.toDraft());
		return ApiResponses.created(created.getId(), views.of(created));
	}

	@Operation(operationId = "updateAward", summary = "Update an award (based on the version read)")
	@PutMapping("/{id}")
	AwardResponse update(@PathVariable long id, @Valid @RequestBody AwardRequest request) {
		return views.of(awards.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteAward", summary = "Delete an award (administrators; province administrators in their province). "
			+ "With the version read, a stale one is a 409.")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		awards.delete(id, version);
	}

}
