package vn.hoptac.dashboards.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.dashboards.Dashboard;
import vn.hoptac.dashboards.DashboardService;
import vn.hoptac.dashboards.Figure;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.JsonIsland;

/** The dashboard page; {@link DashboardApiController} answers the same figures as data. */
@Controller
class DashboardController {

	/** The provinces figure's column of projects, which the national map shows. */
	private static final String PROJECTS_SERIES = "dashboard.series.projects";

	private final DashboardService dashboards;

	private final LocalityService localities;

	private final PartyDirectory directory;

	private final JsonMapper json;

	DashboardController(DashboardService dashboards, LocalityService localities, PartyDirectory directory,
			JsonMapper json) {
		this.dashboards = dashboards;
		this.localities = localities;
		this.directory = directory;
		this.json = json;
	}

	@GetMapping("/dashboards")
	String page(@RequestParam(required = false) String province, Model model) {
		Long provinceId = localities.idOrCode(province, "province");
		Dashboard dashboard = dashboards.of(provinceId);
		List<Locality> provinces = directory.currentProvinces();
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("provinceOptions", provinces);
		model.addAttribute("province", provinceId == null ? null : localities.get(provinceId));
		dashboard.figures()
			.stream()
			.filter(f -> f.id().equals("provinces"))
			.findFirst()
			.ifPresent(compared -> {
				List<Figure.Row> rows = compared.rows();
				int column = compared.series().indexOf(PROJECTS_SERIES);
				model.addAttribute("projectsMapRows", rows);
				model.addAttribute("projectsMapColumn", column);
				model.addAttribute("projectsMap", JsonIsland.of(json, provinceMap(rows, column, provinces)));
			});
		return "dashboards/dashboard";
	}

	/**
	 * The ECharts option of Vietnam's provinces coloured by their projects: the bundled geometry names
	 * each province by its official code (VN-19), matched here by code; the names shown are the
	 * reader's (nameMap), never the code.
	 */
	private static Map<String, Object> provinceMap(List<Figure.Row> rows, int column, List<Locality> provinces) {
		Map<Long, String> codes = provinces.stream().collect(Collectors.toMap(Locality::getId, Locality::getCode));
		Map<String, String> names = new LinkedHashMap<>();
		List<Map<String, Object>> data = new ArrayList<>();
		BigDecimal most = BigDecimal.ONE;
		for (Figure.Row row : rows) {
			String code = codes.get((Long) row.key());
			if (code == null) {
				continue;
			}
			BigDecimal value = row.values().get(column);
			names.put(code, row.name());
			data.add(Map.of("name", row.name(), "value", value));
			most = most.max(value);
		}
		Map<String, Object> series = Map.of("type", "map", "map", "vn", "roam", true, "nameMap", names, "data", data,
				"emphasis", Map.of("label", Map.of("show", false)));
		return Map.of("animation", false, "tooltip", Map.of("trigger", "item"), "visualMap",
				Map.of("min", 0, "max", most, "left", "left", "bottom", 8, "calculable", true, "inRange",
						Map.of("color", List.of("#e8f1fa", "#08519c"))),
				"series", List.of(series));
	}

}
