package vn.hoptac.analytics.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.analytics.Network;
import vn.hoptac.analytics.NetworkService;
import vn.hoptac.geo.LocalityService;

@RestController
@Tag(name = "Analytics", description = "The network of actors and its metrics")
class NetworkApiController {

	private final NetworkService network;

	private final LocalityService localities;

	NetworkApiController(NetworkService network, LocalityService localities) {
		this.network = network;
		this.localities = localities;
	}

	@Operation(operationId = "getNetwork", summary = "The network of actors (localities and organisations) linked by "
			+ "partnerships, agreements, projects, exchanges and delegations, with degree, strength, betweenness, "
			+ "PageRank and community per actor; a province's records (id or official code) or all the reader may "
			+ "see, as it stood at the end of a year. Betweenness is exact on a province's network and, on a larger one, "
			+ "an estimate from the paths of a random sample of actors (betweennessEstimated, betweennessSources)")
	@GetMapping("/api/v1/analytics/network")
	Network network(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year) {
		return network.network(localities.idOrCode(province, "province"), year);
	}

}
