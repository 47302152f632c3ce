package vn.hoptac.monitoring.web;

import org.springframework.http.HttpStatus;
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

import vn.hoptac.monitoring.UpdateService;

@RestController
@RequestMapping("/api/v1/indicator-updates")
@Tag(name = "Indicator updates", description = "Actuals reported for a period: draft → submitted → approved, or returned with a comment")
class UpdateApiController {

	private final UpdateService updates;

	UpdateApiController(UpdateService updates) {
		this.updates = updates;
	}

	@Operation(operationId = "getIndicatorUpdate", summary = "Get an update of an actual")
	@GetMapping("/{id}")
	UpdateResponse get(@PathVariable long id) {
		return UpdateResponse.of(updates.get(id));
	}

	@Operation(operationId = "updateIndicatorUpdate", summary = "Correct a draft or returned update (based on the version read)")
	@PutMapping("/{id}")
	UpdateResponse update(@PathVariable long id, @Valid @RequestBody UpdateRequest request) {
		return UpdateResponse.of(updates.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "deleteIndicatorUpdate", summary = "Delete a draft or returned update")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		updates.delete(id, version);
	}

	@Operation(operationId = "submitIndicatorUpdate", summary = "Submit a draft or returned update for approval")
	@PostMapping("/{id}/submit")
	UpdateResponse submit(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return UpdateResponse.of(updates.submit(id, request.version()));
	}

	@Operation(operationId = "approveIndicatorUpdate", summary = "Approve a submitted update (province administrators): it becomes the period's actual")
	@PostMapping("/{id}/approve")
	UpdateResponse approve(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return UpdateResponse.of(updates.approve(id, request.version(), request.comment()));
	}

	@Operation(operationId = "returnIndicatorUpdate", summary = "Return a submitted update to its reporter with a comment (province administrators)")
	@PostMapping("/{id}/return")
	UpdateResponse returnToReporter(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return UpdateResponse.of(updates.returnToReporter(id, request.version(), request.comment()));
	}

}
