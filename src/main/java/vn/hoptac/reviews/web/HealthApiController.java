package vn.hoptac.reviews.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.reviews.PartnershipHealthService;

/** A partnership's health, and the partnerships that need attention; the paths live under partnerships. */
@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnership health", description = "Computed, explained health of partnerships, and those needing attention")
class HealthApiController {

	private final PartnershipHealthService health;

	private final HealthView view;

	HealthApiController(PartnershipHealthService health, HealthView view) {
		this.health = health;
		this.view = view;
	}

	@Operation(operationId = "partnershipHealth", summary = "The partnership's health: state, stage and the reasons, each with its date and record")
	@GetMapping("/{id}/health")
	HealthView.HealthResponse get(@PathVariable long id) {
		return view.of(health.of(id));
	}

	@Operation(operationId = "partnershipsNeedingAttention", summary = "Partnerships dormant, slowing, stuck at a letter of intent or with a review overdue, "
			+ "of a province (a party in it) or nationally, that the reader may see")
	@GetMapping("/attention")
	List<HealthView.HealthResponse> attention(@RequestParam(required = false) Long province) {
		return health.needingAttention(province).stream().map(view::of).toList();
	}

}
