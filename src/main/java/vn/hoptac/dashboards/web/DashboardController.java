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
		dashboard.figures()
			.stream()
			.filter(f -> f.id().equals(DashboardService.PARTNER_LOCALITIES))
			.findFirst()
			.ifPresent(world -> {
				model.addAttribute("worldMapFigure", world);
				model.addAttribute("worldMap", JsonIsland.of(json, worldMap(world)));
			});
		return "dashboards/dashboard";
	}

	/**
	 * The ECharts option of Vietnam's provinces coloured by their projects: the bundled geometry names
	 * each province by its official code (VN-19), matched here by code.
	 */
	private static Map<String, Object> provinceMap(List<Figure.Row> rows, int column, List<Locality> provinces) {
		Map<Long, String> codes = provinces.stream().collect(Collectors.toMap(Locality::getId, Locality::getCode));
		List<Area> areas = rows.stream()
			.filter(row -> codes.containsKey((Long) row.key()))
			.map(row -> new Area(codes.get((Long) row.key()), row.name(), row.values().get(column)))
			.toList();
		return mapOption("vn", areas);
	}

	/** The world map of partner localities: the bundled geometry names each country by its ISO alpha-2 code. */
	private static Map<String, Object> worldMap(Figure partnerLocalities) {
		List<Area> areas = partnerLocalities.rows()
			.stream()
			.map(row -> new Area((String) row.key(), row.name(), row.values().get(0)))
			.toList();
		return mapOption("world", areas);
	}

	/** One coloured area of a map: the code its geometry carries, its name in the reader's language, its value. */
	private record Area(String code, String name, BigDecimal value) {
	}

	/** An ECharts map series coloured by value; the names shown are the reader's (nameMap), never the codes. */
	private static Map<String, Object> mapOption(String map, List<Area> areas) {
		Map<String, String> names = new LinkedHashMap<>();
		List<Map<String, Object>> data = new ArrayList<>();
		BigDecimal most = BigDecimal.ONE;
		for (Area area : areas) {
			names.put(area.code(), area.name());
			data.add(Map.of("name", area.name(), "value", area.value()));
			most = most.max(area.value());
		}
		Map<String, Object> series = Map.of("type", "map", "map", map, "roam", true, "nameMap", names, "data", data,
				"emphasis", Map.of("label", Map.of("show", false)));
		return Map.of("animation", false, "tooltip", Map.of("trigger", "item"), "visualMap",
				Map.of("min", 0, "max", most, "left", "left", "bottom", 8, "calculable", true, "inRange",
						Map.of("color", List.of("#e8f1fa", "#08519c"))),
				"series", List.of(series));
	}

}
