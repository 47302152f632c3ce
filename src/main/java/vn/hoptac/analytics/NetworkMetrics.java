package vn.hoptac.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The metrics of an undirected weighted graph of actors: degree (distinct partners), strength (the
 * weights summed) and PageRank (weighted) with JGraphT; betweenness (normalised, on hops: a heavy
 * line is not a long one) by {@link Betweenness}, exact on a province's network and estimated from
 * a sample of sources on the nation's; communities by {@link Louvain} (weighted, deterministic: a
 * page shows the same communities each time), numbered from 1 by size.
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

	/**
	 * The actors' figures; {@code betweennessSources} is how many actors the betweenness counted paths
	 * from: fewer than the actors when it is an estimate.
	 */
	public record Measured(Map<String, Scores> scores, int betweennessSources, boolean betweennessEstimated) {
	}

	public static Map<String, Scores> of(Set<String> actors, List<Line> lines) {
		return measure(actors, lines).scores();
	}

	public static Measured measure(Set<String> actors, List<Line> lines) {
		return measure(actors, lines, Betweenness.WORK_BUDGET);
	}

	static Measured measure(Set<String> actors, List<Line> lines, long betweennessBudget) {
		if (actors.isEmpty()) {
			return new Measured(Map.of(), 0, false);
		}
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		actors.stream().sorted().forEach(graph::addVertex);
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
		Indexed indexed = Indexed.of(graph);
		Betweenness.Result betweenness = Betweenness.of(indexed.neighbours(), betweennessBudget);
		int[] community = numberedBySize(Louvain.of(indexed.neighbours(), indexed.weights()), indexed.actors());
		Map<String, Double> pageRank = new PageRank<>(graph).getScores();
		Map<String, Scores> scores = new HashMap<>();
		for (int v = 0; v < indexed.actors().size(); v++) {
			String actor = indexed.actors().get(v);
			double strength = 0;
			for (double w : indexed.weights()[v]) {
				strength += w;
			}
			scores.put(actor, new Scores(graph.degreeOf(actor), strength, betweenness.scores()[v],
					pageRank.getOrDefault(actor, 0.0), community[v]));
		}
		return new Measured(scores, betweenness.sources(), betweenness.estimated());
	}

	/** The graph over indices (actors in name order), for the algorithms that run on arrays. */
	private record Indexed(List<String> actors, int[][] neighbours, double[][] weights) {

		static Indexed of(Graph<String, DefaultWeightedEdge> graph) {
			List<String> actors = new ArrayList<>(graph.vertexSet());
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < actors.size(); i++) {
				index.put(actors.get(i), i);
			}
			int[][] neighbours = new int[actors.size()][];
			double[][] weights = new double[actors.size()][];
			for (int v = 0; v < actors.size(); v++) {
				List<DefaultWeightedEdge> edges = new ArrayList<>(graph.edgesOf(actors.get(v)));
				neighbours[v] = new int[edges.size()];
				weights[v] = new double[edges.size()];
				for (int i = 0; i < edges.size(); i++) {
					neighbours[v][i] = index.get(Graphs.getOppositeVertex(graph, edges.get(i), actors.get(v)));
					weights[v][i] = graph.getEdgeWeight(edges.get(i));
				}
			}
			return new Indexed(actors, neighbours, weights);
		}

	}

	/** Communities numbered from 1, the largest first, ties by their first actor's name. */
	private static int[] numberedBySize(int[] community, List<String> actors) {
		Map<Integer, List<Integer>> members = new HashMap<>();
		for (int v = 0; v < community.length; v++) {
			members.computeIfAbsent(community[v], c -> new ArrayList<>()).add(v);
		}
		List<List<Integer>> clusters = new ArrayList<>(members.values());
		clusters.sort(Comparator.comparingInt((List<Integer> c) -> -c.size())
			.thenComparing(c -> c.stream().map(actors::get).min(String::compareTo).orElse("")));
		int[] numbered = new int[community.length];
		for (int i = 0; i < clusters.size(); i++) {
			for (int v : clusters.get(i)) {
				numbered[v] = i + 1;
			}
		}
		return numbered;
	}

}
