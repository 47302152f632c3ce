package vn.hoptac.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.jgrapht.alg.scoring.PageRank;

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
	 * The actors' figures, in the order of {@code actors} (their names' order); {@code betweennessSources}
	 * is how many actors the betweenness counted paths from: fewer than the actors when it is an estimate.
	 */
	public record Measured(List<String> actors, Scores[] byIndex, int betweennessSources,
			boolean betweennessEstimated) {

		/** The figures of the actor at this index of {@code actors}. */
		public Scores score(int index) {
			return byIndex[index];
		}

		public Map<String, Scores> scores() {
			Map<String, Scores> scores = new HashMap<>();
			for (int v = 0; v < actors.size(); v++) {
				scores.put(actors.get(v), byIndex[v]);
			}
			return scores;
		}

	}

	public static Map<String, Scores> of(Set<String> actors, List<Line> lines) {
		return measure(actors, lines).scores();
	}

	public static Measured measure(Set<String> actors, List<Line> lines) {
		return measure(actors, lines, Betweenness.WORK_BUDGET);
	}

	static Measured measure(Set<String> actorSet, List<Line> lines, long betweennessBudget) {
		List<String> actors = actorSet.stream().sorted().toList();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < actors.size(); i++) {
			index.put(actors.get(i), i);
		}
		Ends ends = new Ends(lines.size());
		for (Line line : lines) {
			ends.add(index.get(line.source()), index.get(line.target()), line.weight());
		}
		return measure(actors, ends, betweennessBudget);
	}

	/**
	 * The figures of actors (in their names' order, so that communities come out the same each time)
	 * joined by lines between their indices.
	 */
	static Measured measure(List<String> actors, Ends lines) {
		return measure(actors, lines, Betweenness.WORK_BUDGET);
	}

	private static Measured measure(List<String> actors, Ends lines, long betweennessBudget) {
		if (actors.isEmpty()) {
			return new Measured(actors, new Scores[0], 0, false);
		}
		Indexed indexed = Indexed.of(actors.size(), lines);
		// the betweenness, the costliest, on another core while this one finds communities and PageRank
		CompletableFuture<Betweenness.Result> betweennessRun = CompletableFuture
			.supplyAsync(() -> Betweenness.of(indexed.neighbours(), betweennessBudget));
		int[] community = numberedBySize(Louvain.of(indexed.neighbours(), indexed.weights()), actors);
		Map<Integer, Double> pageRank = new PageRank<>(indexed.graph()).getScores();
		Betweenness.Result betweenness = betweennessRun.join();
		Scores[] scores = new Scores[actors.size()];
		for (int v = 0; v < scores.length; v++) {
			double strength = 0;
			for (double w : indexed.weights()[v]) {
				strength += w;
			}
			scores[v] = new Scores(indexed.neighbours()[v].length, strength, betweenness.scores()[v],
					pageRank.getOrDefault(v, 0.0), community[v]);
		}
		return new Measured(actors, scores, betweenness.sources(), betweenness.estimated());
	}

	/** Weighted lines between actors' indices, in arrays (a line may repeat a pair, either way round). */
	static final class Ends {

		private int[] a;

		private int[] b;

		private double[] weight;

		private int count;

		Ends(int expected) {
			a = new int[Math.max(16, expected)];
			b = new int[a.length];
			weight = new double[a.length];
		}

		void add(int source, int target, double w) {
			if (count == a.length) {
				a = Arrays.copyOf(a, count * 2);
				b = Arrays.copyOf(b, count * 2);
				weight = Arrays.copyOf(weight, count * 2);
			}
			a[count] = source;
			b[count] = target;
			weight[count++] = w;
		}

	}

	/**
	 * The graph over indices: arrays for the algorithms that run on them (each actor's neighbours in
	 * ascending order), and the same as a JGraphT graph for PageRank. Lines between the same pair are
	 * summed first, into one edge per pair.
	 */
	private record Indexed(int[][] neighbours, double[][] weights, IndexGraph graph) {

		static Indexed of(int n, Ends lines) {
			// a pair as min << 32 | max, summed in a table of primitives
			LongIndex pairs = new LongIndex(lines.count);
			double[] summed = new double[lines.count];
			for (int i = 0; i < lines.count; i++) {
				int a = lines.a[i];
				int b = lines.b[i];
				if (a != b) {
					summed[pairs.add((long) Math.min(a, b) << 32 | Math.max(a, b))] += lines.weight[i];
				}
			}
			int[] degree = new int[n];
			long[] sorted = new long[pairs.size()];
			for (int p = 0; p < sorted.length; p++) {
				sorted[p] = pairs.key(p);
				degree[(int) (sorted[p] >>> 32)]++;
				degree[(int) sorted[p]]++;
			}
			// in ascending order of pairs each actor meets its lower neighbours, then its higher ones, in order
			Arrays.sort(sorted);
			int[][] neighbours = new int[n][];
			double[][] weights = new double[n][];
			for (int v = 0; v < n; v++) {
				neighbours[v] = new int[degree[v]];
				weights[v] = new double[degree[v]];
			}
			int[][] incident = new int[n][];
			for (int v = 0; v < n; v++) {
				incident[v] = new int[degree[v]];
			}
			int[] source = new int[sorted.length];
			int[] target = new int[sorted.length];
			double[] edgeWeight = new double[sorted.length];
			int[] filled = new int[n];
			for (int e = 0; e < sorted.length; e++) {
				int a = (int) (sorted[e] >>> 32);
				int b = (int) sorted[e];
				double weight = summed[pairs.indexOf(sorted[e])];
				source[e] = a;
				target[e] = b;
				edgeWeight[e] = weight;
				incident[a][filled[a]] = e;
				neighbours[a][filled[a]] = b;
				weights[a][filled[a]++] = weight;
				incident[b][filled[b]] = e;
				neighbours[b][filled[b]] = a;
				weights[b][filled[b]++] = weight;
			}
			return new Indexed(neighbours, weights, new IndexGraph(incident, source, target, edgeWeight));
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
