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
import java.util.concurrent.CompletableFuture;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.util.SupplierUtil;

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
		// the betweenness, the costliest, on another core while this one finds communities and PageRank
		CompletableFuture<Betweenness.Result> betweennessRun = CompletableFuture
			.supplyAsync(() -> Betweenness.of(indexed.neighbours(), betweennessBudget));
		int[] community = numberedBySize(Louvain.of(indexed.neighbours(), indexed.weights()), indexed.actors());
		Map<Integer, Double> pageRank = new PageRank<>(indexed.graph()).getScores();
		Betweenness.Result betweenness = betweennessRun.join();
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
	private record Indexed(List<String> actors, int[][] neighbours, double[][] weights) {

		/** JGraphT's graph of the same lines, for PageRank. */
		Graph<Integer, DefaultWeightedEdge> graph() {
			// without the map of vertex pairs JGraphT's graphs keep by default to find the edge between two
			// vertices, nor the search for one before each insertion (PageRank never asks, and each pair
			// comes once): building the graph took longer than PageRank on it
			Graph<Integer, DefaultWeightedEdge> graph = new AbstractBaseGraph<>(null,
					SupplierUtil.createDefaultWeightedEdgeSupplier(), DefaultGraphType.pseudograph().asWeighted(),
					new DefaultGraphSpecificsStrategy<>()) {
			};
			for (int v = 0; v < neighbours.length; v++) {
				graph.addVertex(v);
			}
			for (int v = 0; v < neighbours.length; v++) {
				for (int i = 0; i < neighbours[v].length; i++) {
					if (v < neighbours[v][i]) {
						graph.setEdgeWeight(graph.addEdge(v, neighbours[v][i]), weights[v][i]);
					}
				}
			}
			return graph;
		}

		static Indexed of(Set<String> actorSet, List<Line> lines) {
			List<String> actors = actorSet.stream().sorted().toList();
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < actors.size(); i++) {
				index.put(actors.get(i), i);
			}
			// a pair as the number min × n + max: distinct pairs have distinct hashes (min << 32 | max
			// hashed as min ^ max, and the nation's network filled a few buckets with thousands of pairs)
			long n = actors.size();
			Map<Long, Double> pairs = new HashMap<>();
			for (Line line : lines) {
				int a = index.get(line.source());
				int b = index.get(line.target());
				if (a != b) {
					pairs.merge(Math.min(a, b) * n + Math.max(a, b), line.weight(), Double::sum);
				}
			}
			int[] degree = new int[actors.size()];
			for (long pair : pairs.keySet()) {
				degree[(int) (pair / n)]++;
				degree[(int) (pair % n)]++;
			}
			int[][] neighbours = new int[actors.size()][];
			double[][] weights = new double[actors.size()][];
			for (int v = 0; v < actors.size(); v++) {
				neighbours[v] = new int[degree[v]];
				weights[v] = new double[degree[v]];
			}
			int[] filled = new int[actors.size()];
			pairs.forEach((pair, weight) -> {
				int a = (int) (pair / n);
				int b = (int) (pair % n);
				neighbours[a][filled[a]] = b;
				weights[a][filled[a]++] = weight;
				neighbours[b][filled[b]] = a;
				weights[b][filled[b]++] = weight;
			});
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
