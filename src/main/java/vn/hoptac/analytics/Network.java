package vn.hoptac.analytics;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.annotation.JsonSerialize;

import vn.hoptac.partners.Pillar;

/**
 * The network as the reader may see it: actors with their metrics and the lines between them, each
 * line with its weight (the records that draw it), the records by kind, the flows they carry and the
 * first year it appears (null when no record of it is dated), so that its growth can be replayed.
 * Betweenness is exact on a province's network; on a larger one it is estimated from the paths of
 * {@code betweennessSources} actors taken at random (then {@code betweennessEstimated}).
 */
public record Network(List<Node> nodes, List<Edge> edges, List<Integer> years, boolean betweennessEstimated,
		int betweennessSources) {

	/** An actor: {@code locality:12} or {@code organisation:5}, named in the reader's language. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Node(String id, String label, Pillar pillar, String country, NetworkMetrics.Scores metrics) {
	}

	/** A line; its first year is left out of the JSON when none of its records is dated. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonSerialize(using = EdgeJson.class)
	public record Edge(String source, String target, long weight, Integer firstYear, Map<LinkKind, Long> kinds,
			Set<Flow> flows) {
	}

}
