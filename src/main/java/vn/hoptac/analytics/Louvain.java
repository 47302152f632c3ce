package vn.hoptac.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Communities by modularity with the Louvain method (Blondel et al. 2008), weighted: each actor moves
 * to the neighbouring community that gains the most modularity, then the communities become the
 * actors of a smaller graph, until nothing moves. JGraphT has no Louvain and its greedy modularity
 * (Clauset–Newman–Moore) took seconds on the nation's network; label propagation merged two
 * triangles joined by one line. Actors are visited in their given order, so the answer is the same
 * each time.
 */
final class Louvain {

	private static final int MAX_PASSES = 100;

	private Louvain() {
	}

	/** A weighted undirected graph over indices: neighbours and weights of each vertex, and its loop's weight. */
	private record Level(int[][] neighbours, double[][] weights, double[] loops) {

		int size() {
			return loops.length;
		}

		/** The weighted degree: a loop counts at both its ends. */
		double degree(int v) {
			double sum = 2 * loops[v];
			for (double w : weights[v]) {
				sum += w;
			}
			return sum;
		}

	}

	/** The community of each vertex, numbered from 0. */
	static int[] of(int[][] neighbours, double[][] weights) {
		int n = neighbours.length;
		int[] membership = new int[n];
		for (int v = 0; v < n; v++) {
			membership[v] = v;
		}
		Level level = new Level(neighbours, weights, new double[n]);
		while (true) {
			int[] community = moveActors(level);
			int count = renumber(community);
			if (count == level.size()) {
				return membership;
			}
			for (int v = 0; v < n; v++) {
				membership[v] = community[membership[v]];
			}
			level = aggregate(level, community, count);
		}
	}

	private static int[] moveActors(Level level) {
		int n = level.size();
		double[] degree = new double[n];
		double total = 0;
		for (int v = 0; v < n; v++) {
			degree[v] = level.degree(v);
			total += degree[v];
		}
		int[] community = new int[n];
		double[] inCommunity = degree.clone();
		for (int v = 0; v < n; v++) {
			community[v] = v;
		}
		if (total == 0) {
			return community;
		}
		double[] toCommunity = new double[n];
		int[] touched = new int[n];
		boolean moved = true;
		for (int pass = 0; moved && pass < MAX_PASSES; pass++) {
			moved = false;
			for (int v = 0; v < n; v++) {
				int touchedCount = 0;
				for (int i = 0; i < level.neighbours()[v].length; i++) {
					int c = community[level.neighbours()[v][i]];
					if (toCommunity[c] == 0) {
						touched[touchedCount++] = c;
					}
					toCommunity[c] += level.weights()[v][i];
				}
				int own = community[v];
				inCommunity[own] -= degree[v];
				int best = own;
				double bestGain = toCommunity[own] - inCommunity[own] * degree[v] / total;
				for (int i = 0; i < touchedCount; i++) {
					int c = touched[i];
					double gain = toCommunity[c] - inCommunity[c] * degree[v] / total;
					if (gain > bestGain + 1e-12) {
						best = c;
						bestGain = gain;
					}
				}
				inCommunity[best] += degree[v];
				if (best != own) {
					community[v] = best;
					moved = true;
				}
				for (int i = 0; i < touchedCount; i++) {
					toCommunity[touched[i]] = 0;
				}
			}
		}
		return community;
	}

	/** Numbers the communities 0, 1, … in order of their first vertex; returns how many there are. */
	private static int renumber(int[] community) {
		int[] number = new int[community.length];
		Arrays.fill(number, -1);
		int count = 0;
		for (int v = 0; v < community.length; v++) {
			if (number[community[v]] < 0) {
				number[community[v]] = count++;
			}
			community[v] = number[community[v]];
		}
		return count;
	}

	/** The communities as the vertices of the next level, the lines inside each becoming its loop. */
	private static Level aggregate(Level level, int[] community, int count) {
		double[] loops = new double[count];
		List<Map<Integer, Double>> lines = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			lines.add(new HashMap<>());
		}
		for (int v = 0; v < level.size(); v++) {
			int cv = community[v];
			loops[cv] += level.loops()[v];
			for (int i = 0; i < level.neighbours()[v].length; i++) {
				int cw = community[level.neighbours()[v][i]];
				double w = level.weights()[v][i];
				if (cv == cw) {
					loops[cv] += w / 2; // seen from both ends
				}
				else {
					lines.get(cv).merge(cw, w, Double::sum);
				}
			}
		}
		int[][] neighbours = new int[count][];
		double[][] weights = new double[count][];
		for (int c = 0; c < count; c++) {
			Map<Integer, Double> out = lines.get(c);
			int[] ids = out.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			neighbours[c] = ids;
			weights[c] = Arrays.stream(ids).mapToDouble(out::get).toArray();
		}
		return new Level(neighbours, weights, loops);
	}

}
