package vn.hoptac.analytics;

import java.util.Random;

/**
 * Betweenness on hops (Brandes), over int arrays: exact while the work (sources × lines) stays
 * within {@link #WORK_BUDGET}, otherwise from a fixed sample of sources scaled up to all of them
 * (Brandes and Pich's pivot estimate). JGraphT's exact Brandes took seconds on the nation's
 * network; the sample keeps it within a fraction of a second. The sample is seeded by the graph's
 * size, so a page shows the same figures each time.
 */
final class Betweenness {

	/** Sources × adjacency entries visited: some tens of milliseconds of one idle core. */
	static final long WORK_BUDGET = 10_000_000L;

	/** The fewest sources a sample takes, however many lines there are. */
	static final int MIN_SOURCES = 64;

	private Betweenness() {
	}

	/** Scores per vertex index, normalised over the unordered pairs of other vertices, and whether they are sampled. */
	record Result(double[] scores, int sources, boolean estimated) {
	}

	/** {@code adjacency[v]}: the indices of v's neighbours (each line listed at both ends). */
	static Result of(int[][] adjacency) {
		return of(adjacency, WORK_BUDGET);
	}

	static Result of(int[][] adjacency, long workBudget) {
		int n = adjacency.length;
		long entries = 0;
		for (int[] neighbours : adjacency) {
			entries += neighbours.length;
		}
		int[] sources = sources(n, Math.max(1, entries), workBudget);
		double[] sum = new double[n];
		int[] distance = new int[n];
		double[] paths = new double[n];
		double[] dependency = new double[n];
		int[] order = new int[n];
		for (int source : sources) {
			accumulate(adjacency, source, sum, distance, paths, dependency, order);
		}
		// every source counts each pair from its own end: an ordered pair per source, hence (n-1)(n-2)
		double scale = (double) n / sources.length / (n > 2 ? (double) (n - 1) * (n - 2) : 1);
		for (int v = 0; v < n; v++) {
			sum[v] *= scale;
		}
		return new Result(sum, sources.length, sources.length < n);
	}

	private static int[] sources(int n, long entries, long workBudget) {
		int k = (int) Math.min(n, Math.max(MIN_SOURCES, workBudget / entries));
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		if (k == n) {
			return all;
		}
		Random random = new Random(n);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		return java.util.Arrays.copyOf(all, k);
	}

	/** One breadth-first search from the source, then the dependencies back in reverse order. */
	private static void accumulate(int[][] adjacency, int source, double[] sum, int[] distance, double[] paths,
			double[] dependency, int[] order) {
		java.util.Arrays.fill(distance, -1);
		java.util.Arrays.fill(paths, 0);
		java.util.Arrays.fill(dependency, 0);
		distance[source] = 0;
		paths[source] = 1;
		order[0] = source;
		int head = 0;
		int tail = 1;
		while (head < tail) {
			int v = order[head++];
			for (int w : adjacency[v]) {
				if (distance[w] < 0) {
					distance[w] = distance[v] + 1;
					order[tail++] = w;
				}
				if (distance[w] == distance[v] + 1) {
					paths[w] += paths[v];
				}
			}
		}
		for (int i = tail - 1; i > 0; i--) {
			int w = order[i];
			for (int v : adjacency[w]) {
				if (distance[v] == distance[w] - 1) {
					dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
				}
			}
			sum[w] += dependency[w];
		}
	}

}
