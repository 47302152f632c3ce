package vn.hoptac.geo.web;

import java.time.LocalDate;
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

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.geo.LocalityQuery;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/localities")
@Tag(name = "Localities", description = "Vietnamese and foreign administrative units with their history")
class LocalityApiController {

	private final LocalityService localities;

	LocalityApiController(LocalityService localities) {
		this.localities = localities;
	}

	@Operation(operationId = "listLocalities", summary = "List and search localities")
	@GetMapping
	PageResponse<LocalityResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) LocalityLevel type,
			@RequestParam(required = false) String parent, @RequestParam(required = false) LocalDate at,
			@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		var query = new LocalityQuery(q, country, type, parent, at);
		return PageResponse.of(localities.search(query, Paging.of(page, size, sort, Map.of("code", "code"))),
				LocalityResponse::summary);
	}

	@Operation(operationId = "getLocality", summary = "Get a locality")
	@GetMapping("/{id}")
	LocalityResponse get(@PathVariable long id) {
		return detail(localities.get(id));
	}

	@Operation(operationId = "createLocality", summary = "Create a locality")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<LocalityResponse> create(@Valid @RequestBody LocalityRequest request) {
		Locality created = localities.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(created));
	}

	@Operation(operationId = "updateLocality", summary = "Update a locality (based on the version read)")
	@PutMapping("/{id}")
	LocalityResponse update(@PathVariable long id, @Valid @RequestBody LocalityRequest request) {
		return detail(localities.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteLocality", summary = "Delete a locality")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		localities.delete(id);
	}

	private LocalityResponse detail(Locality locality) {
		return LocalityResponse.of(locality, localities.predecessors(locality.getId()),
				localities.successors(locality.getId()));
	}

}
