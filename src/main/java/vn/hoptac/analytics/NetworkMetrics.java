package vn.hoptac.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The metrics of an undirected weighted graph of actors, with JGraphT: degree (distinct partners),
 * strength (the weights summed), betweenness (normalised, on hops: a heavy line is not a long one),
 * PageRank (weighted) and communities by greedy modularity (Clauset–Newman–Moore, weighted and
 * deterministic: a page shows the same communities each time; label propagation merged two
 * triangles joined by one line), numbered from 1 by size.
 */
public final class NetworkMetrics {

	private NetworkMetrics() {
	}

	/** One actor's figures. */
	public record Scores(int degree, double strength, double betweenness, double pageRank, int community) {
	}

	/** A weighted line between two actors. */
	public record Line(String source, String target, double weight) {
	}

	public static Map<String, Scores> of(Set<String> actors, List<Line> lines) {
		if (actors.isEmpty()) {
			return Map.of();
		}
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		actors.forEach(graph::addVertex);
		for (Line line : lines) {
			if (line.source().equals(line.target())) {
				continue;
			}
			DefaultWeightedEdge edge = graph.getEdge(line.source(), line.target());
			if (edge == null) {
				edge = graph.addEdge(line.source(), line.target());
				graph.setEdgeWeight(edge, 0);
			}
			graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + line.weight());
		}
		Map<String, Double> betweenness = betweenness(graph);
		Map<String, Double> pageRank = new PageRank<>(graph).getScores();
		Map<String, Integer> community = communities(graph);
		Map<String, Scores> scores = new HashMap<>();
		for (String actor : graph.vertexSet()) {
			double strength = graph.edgesOf(actor).stream().mapToDouble(graph::getEdgeWeight).sum();
			scores.put(actor, new Scores(graph.degreeOf(actor), strength, betweenness.getOrDefault(actor, 0.0),
					pageRank.getOrDefault(actor, 0.0), community.get(actor)));
		}
		return scores;
	}

	/**
	 * Betweenness over the pairs of other actors: JGraphT counts each unordered pair once but divides
	 * by the ordered pairs, (n-1)(n-2), which would halve every score of an undirected graph.
	 */
	private static Map<String, Double> betweenness(Graph<String, DefaultWeightedEdge> graph) {
		int n = graph.vertexSet().size();
		Map<String, Double> raw = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getScores();
		double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
		Map<String, Double> normalised = new HashMap<>();
		raw.forEach((actor, score) -> normalised.put(actor, score / pairs));
		return normalised;
	}

	/** Per connected component: JGraphT's greedy modularity fails on a disconnected graph once each part is merged. */
	private static Map<String, Integer> communities(Graph<String, DefaultWeightedEdge> graph) {
		List<Set<String>> clusters = new ArrayList<>();
		for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
			if (component.size() < 3) {
				clusters.add(component);
				continue;
			}
			clusters.addAll(new GreedyModularityAlgorithm<>(new AsSubgraph<>(graph, component)).getClustering()
				.getClusters());
		}
		clusters.sort(Comparator.comparingInt((Set<String> c) -> -c.size())
			.thenComparing(c -> c.stream().min(String::compareTo).orElse("")));
		Map<String, Integer> numbered = new HashMap<>();
		for (int i = 0; i < clusters.size(); i++) {
			for (String actor : clusters.get(i)) {
				numbered.put(actor, i + 1);
			}
		}
		return numbered;
	}

}
