package vn.hoptac.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
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

		/**
		 * The figures as they are worth sending: strength to three decimals, betweenness and PageRank
		 * (fractions) to five significant digits (the nation's network answered 7,771 actors with 17 each).
		 */
		public Scores rounded() {
			return new Scores(degree, decimals(strength, 3), significant(betweenness, 5), significant(pageRank, 5),
					community);
		}

		private static double decimals(double value, int places) {
			return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
		}

		private static double significant(double value, int digits) {
			return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
		}

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
		Indexed indexed = Indexed.of(actors, lines);
		Betweenness.Result betweenness = Betweenness.of(indexed.neighbours(), betweennessBudget);
		int[] community = numberedBySize(Louvain.of(indexed.neighbours(), indexed.weights()), indexed.actors());
		Map<Integer, Double> pageRank = new PageRank<>(indexed.graph()).getScores();
		Map<String, Scores> scores = new HashMap<>();
		for (int v = 0; v < indexed.actors().size(); v++) {
			double strength = 0;
			for (double w : indexed.weights()[v]) {
				strength += w;
			}
			scores.put(indexed.actors().get(v), new Scores(indexed.neighbours()[v].length, strength,
					betweenness.scores()[v], pageRank.getOrDefault(v, 0.0), community[v]));
		}
		return new Measured(scores, betweenness.sources(), betweenness.estimated());
	}

	/**
	 * The graph over indices (actors in name order): arrays for the algorithms that run on them, and
	 * JGraphT's graph for PageRank. Lines between the same pair are summed first, so that the graph is
	 * built with one insertion per pair (on the nation's network, building it line by line over the
	 * actors' names took longer than all the metrics).
	 */
	private record Indexed(List<String> actors, int[][] neighbours, double[][] weights,
			Graph<Integer, DefaultWeightedEdge> graph) {

		static Indexed of(Set<String> actorSet, List<Line> lines) {
			List<String> actors = actorSet.stream().sorted().toList();
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < actors.size(); i++) {
				index.put(actors.get(i), i);
			}
			Map<Long, Double> pairs = new HashMap<>();
			for (Line line : lines) {
				int a = index.get(line.source());
				int b = index.get(line.target());
				if (a != b) {
					pairs.merge((long) Math.min(a, b) << 32 | Math.max(a, b), line.weight(), Double::sum);
				}
			}
			int[] degree = new int[actors.size()];
			for (long pair : pairs.keySet()) {
				degree[(int) (pair >>> 32)]++;
				degree[(int) pair]++;
			}
			int[][] neighbours = new int[actors.size()][];
			double[][] weights = new double[actors.size()][];
			for (int v = 0; v < actors.size(); v++) {
				neighbours[v] = new int[degree[v]];
				weights[v] = new double[degree[v]];
			}
			int[] filled = new int[actors.size()];
			Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
			for (int v = 0; v < actors.size(); v++) {
				graph.addVertex(v);
			}
			pairs.forEach((pair, weight) -> {
				int a = (int) (pair >>> 32);
				int b = (int) (long) pair;
				neighbours[a][filled[a]] = b;
				weights[a][filled[a]++] = weight;
				neighbours[b][filled[b]] = a;
				weights[b][filled[b]++] = weight;
				graph.setEdgeWeight(graph.addEdge(a, b), weight);
			});
			return new Indexed(actors, neighbours, weights, graph);
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
