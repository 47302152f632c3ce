package vn.hoptac.dashboards.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.dashboards.DashboardService;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyDirectory;

/** The dashboard page; {@link DashboardApiController} answers the same figures as data. */
@Controller
class DashboardController {

	private final DashboardService dashboards;

	private final LocalityService localities;

	private final PartyDirectory directory;

	DashboardController(DashboardService dashboards, LocalityService localities, PartyDirectory directory) {
		this.dashboards = dashboards;
		this.localities = localities;
		this.directory = directory;
	}

	@GetMapping("/dashboards")
	String page(@RequestParam(required = false) String province, Model model) {
		Long provinceId = localities.idOrCode(province, "province");
		model.addAttribute("dashboard", dashboards.of(provinceId));
		model.addAttribute("provinceOptions", directory.currentProvinces());
		model.addAttribute("province", provinceId == null ? null : localities.get(provinceId));
		return "dashboards/dashboard";
	}

}
