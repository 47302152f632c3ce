package vn.hoptac.dashboards.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.dashboards.Dashboard;
import vn.hoptac.dashboards.DashboardService;
import vn.hoptac.geo.LocalityService;

@RestController
@Tag(name = "Dashboards", description = "Figures of a province or of the nation")
class DashboardApiController {

	private final DashboardService dashboards;

	private final LocalityService localities;

	DashboardApiController(DashboardService dashboards, LocalityService localities) {
		this.dashboards = dashboards;
		this.localities = localities;
	}

	@Operation(operationId = "getDashboard", summary = "The figures of a province's dashboard (id or official code) or "
			+ "of the nation's, each a list of rows (key, name, one value per series), under the reader's access")
	@GetMapping("/api/v1/dashboards")
	Dashboard api(@RequestParam(required = false) String province) {
		return dashboards.of(localities.idOrCode(province, "province"));
	}

}
