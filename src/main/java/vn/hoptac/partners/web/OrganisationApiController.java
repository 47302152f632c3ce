package vn.hoptac.partners.web;

import java.util.List;
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

import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationQuery;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Committees, departments, ministries, universities, donors, NGOs")
class OrganisationApiController {

	private final OrganisationService organisations;

	private final PartyDirectory parties;

	OrganisationApiController(OrganisationService organisations, PartyDirectory parties) {
		this.organisations = organisations;
		this.parties = parties;
	}

	@Operation(operationId = "listOrganisations", summary = "List and search organisations")
	@GetMapping
	PageResponse<OrganisationResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) OrganisationType type,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		Page<Organisation> found = organisations.search(new OrganisationQuery(q, country, type, locality),
				Paging.of(page, size, sort, Map.of()));
		PartyDirectory.Lookup places = parties.load(found.map(Organisation::getLocalityId).getContent(), List.of());
		return PageResponse.of(found, o -> OrganisationResponse.of(o, places));
	}

	@Operation(operationId = "getOrganisation", summary = "Get an organisation")
	@GetMapping("/{id}")
	OrganisationResponse get(@PathVariable long id) {
		return detail(organisations.get(id));
	}

	@Operation(operationId = "createOrganisation", summary = "Create an organisation")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<OrganisationResponse> create(@Valid @RequestBody OrganisationRequest request) {
		Organisation created = organisations.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(created));
	}

	@Operation(operationId = "updateOrganisation", summary = "Update an organisation (based on the version read)")
	@PutMapping("/{id}")
	OrganisationResponse update(@PathVariable long id, @Valid @RequestBody OrganisationRequest request) {
		return detail(organisations.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteOrganisation", summary = "Delete an organisation that no partnership names. "
			+ "With the version read, a stale one is a 409.")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		organisations.delete(id, version);
	}

	private OrganisationResponse detail(Organisation organisation) {
		return OrganisationResponse.of(organisation,
				parties.load(java.util.Collections.singletonList(organisation.getLocalityId()), List.of()));
	}

}
