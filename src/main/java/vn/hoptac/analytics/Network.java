package vn.hoptac.analytics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network as the reader may see it: actors with their metrics and the lines between them, each
 * line with its weight (the records that draw it), the records by kind, the flows they carry and the
 * first year it appears (null when no record of it is dated), so that its growth can be replayed.
 */
public record Network(List<Node> nodes, List<Edge> edges, List<Integer> years) {

	/** An actor: {@code locality:12} or {@code organisation:5}, named in the reader's language. */
	public record Node(String id, String label, Pillar pillar, String country, NetworkMetrics.Scores metrics) {
	}

	public record Edge(String source, String target, long weight, Integer firstYear, Map<LinkKind, Long> kinds,
			Set<Flow> flows) {
	}

}
