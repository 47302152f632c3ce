package vn.hoptac.projects.web;

import java.util.List;

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

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.FlowMetric;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ReportedFlowTotal;
import vn.hoptac.projects.ReportedFlowTotalService;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/projects/reported-totals")
@Tag(name = "Reported flow totals", description = "Totals that sources report for a period (FDI, aid), apart from counted projects")
class ReportedFlowTotalApiController {

	private final ReportedFlowTotalService totals;

	private final PartyDirectory parties;

	private final Citations citations;

	ReportedFlowTotalApiController(ReportedFlowTotalService totals, PartyDirectory parties, Citations citations) {
		this.totals = totals;
		this.parties = parties;
		this.citations = citations;
	}

	@Operation(operationId = "listReportedFlowTotals", summary = "List reported totals (locality: the province roll-up)")
	@GetMapping
	PageResponse<ReportedFlowTotalResponse> list(@RequestParam(required = false) Long locality,
			@RequestParam(required = false) String country, @RequestParam(required = false) ProjectModality modality,
			@RequestParam(required = false) FlowMetric metric, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Page<ReportedFlowTotal> found = totals.search(locality, country, modality, metric,
				Paging.of(page, size, null, java.util.Map.of()));
		PartyDirectory.Lookup names = parties.load(found.getContent().stream().map(ReportedFlowTotal::getVnLocalityId).toList(),
				found.getContent().stream().map(ReportedFlowTotal::getVnOrganisationId).toList());
		return PageResponse.of(found, t -> response(t, names));
	}

	@Operation(operationId = "getReportedFlowTotal", summary = "Get a reported total")
	@GetMapping("/{id}")
	ReportedFlowTotalResponse get(@PathVariable long id) {
		return detail(totals.get(id));
	}

	@Operation(operationId = "createReportedFlowTotal", summary = "Record a reported total")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ReportedFlowTotalResponse> create(@Valid @RequestBody ReportedFlowTotalRequest request) {
		ReportedFlowTotal created = totals.create(request.toDraft());
		return ApiResponses.created(created.getId(), detail(created));
	}

	@Operation(operationId = "updateReportedFlowTotal", summary = "Update a reported total (based on the version read)")
	@PutMapping("/{id}")
	ReportedFlowTotalResponse update(@PathVariable long id, @Valid @RequestBody ReportedFlowTotalRequest request) {
		return detail(totals.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteReportedFlowTotal", summary = "Delete a reported total (as for projects). "
			+ "With the version read, a stale one is a 409.")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		totals.delete(id, version);
	}

	private ReportedFlowTotalResponse detail(ReportedFlowTotal total) {
		return response(total, parties.load(java.util.Collections.singletonList(total.getVnLocalityId()),
				java.util.Collections.singletonList(total.getVnOrganisationId())));
	}

	private ReportedFlowTotalResponse response(ReportedFlowTotal total, PartyDirectory.Lookup names) {
		return ReportedFlowTotalResponse.of(total, names.party(total.getVnLocalityId(), total.getVnOrganisationId()),
				CitationResponse.of(citations.of(total.getSource())));
	}

}
