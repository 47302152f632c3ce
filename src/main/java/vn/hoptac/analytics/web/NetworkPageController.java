package vn.hoptac.analytics.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.analytics.Network;
import vn.hoptac.analytics.NetworkService;
import vn.hoptac.partners.Pillar;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.JsonIsland;

/**
 * The network page: the graph (ECharts, fed from a JSON island, names and pillars already in the
 * reader's language) and, for those who would rather read and without JavaScript, the top actors
 * by each metric as tables. The year selector replays the network's growth.
 */
@Controller
class NetworkPageController {

	static final int TOP = 10;

	private final NetworkService network;

	private final LocalityService localities;

	private final PartyDirectory directory;

	private final MessageSource messages;

	private final JsonMapper json;

	NetworkPageController(NetworkService network, LocalityService localities, PartyDirectory directory,
			MessageSource messages, JsonMapper json) {
		this.network = network;
		this.localities = localities;
		this.directory = directory;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/analytics/network")
	String page(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
			Model model) {
		Long provinceId = localities.idOrCode(province, "province");
		Network shown = network.network(provinceId, year);
		model.addAttribute("network", shown);
		model.addAttribute("provinceId", provinceId);
		model.addAttribute("year", year);
		model.addAttribute("provinceOptions", directory.currentProvinces());
		Map<String, List<Network.Node>> top = new LinkedHashMap<>();
		top.put("degree", top(shown, n -> n.metrics().degree()));
		top.put("betweenness", top(shown, n -> n.metrics().betweenness()));
		top.put("pageRank", top(shown, n -> n.metrics().pageRank()));
		model.addAttribute("top", top);
		model.addAttribute("communities",
				shown.nodes().stream().mapToInt(n -> n.metrics().community()).max().orElse(0));
		model.addAttribute("chart", JsonIsland.of(json, chart(shown)));
		return "analytics/network";
	}

	private static List<Network.Node> top(Network network, ToDoubleFunction<Network.Node> metric) {
		return network.nodes()
			.stream()
			.sorted(Comparator.comparingDouble(metric).reversed().thenComparing(Network.Node::label))
			.limit(TOP)
			.toList();
	}

	/** The ECharts option of the graph series: categories are the pillars, named in the reader's language. */
	private Map<String, Object> chart(Network network) {
		List<Map<String, Object>> categories = new ArrayList<>();
		for (Pillar pillar : Pillar.values()) {
			categories.add(Map.of("name", label(pillar)));
		}
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (Network.Node node : network.nodes()) {
			nodes.add(Map.of("id", node.id(), "name", node.label(), "category", node.pillar().ordinal(), "value",
					node.metrics().degree(), "symbolSize", 6 + Math.sqrt(node.metrics().strength()) * 3));
		}
		List<Map<String, Object>> links = new ArrayList<>();
		for (Network.Edge edge : network.edges()) {
			links.add(Map.of("source", edge.source(), "target", edge.target(), "value", edge.weight()));
		}
		Map<String, Object> series = Map.of("type", "graph", "layout", "force", "roam", true, "categories", categories,
				"data", nodes, "links", links, "force", Map.of("repulsion", 80, "edgeLength", 40), "lineStyle",
				Map.of("opacity", 0.5));
		return Map.of("animation", false, "tooltip", Map.of(), "legend",
				List.of(Map.of("data", categories.stream().map(c -> c.get("name")).toList())), "series", List.of(series));
	}

	private String label(Enum<?> value) {
		return messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
				LocaleContextHolder.getLocale());
	}

}
