package vn.hoptac.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

import org.junit.jupiter.api.Test;

import vn.hoptac.analytics.NetworkMetrics.Line;
import vn.hoptac.analytics.NetworkMetrics.Scores;

/** The metrics on small graphs whose answers are known by hand. */
class NetworkMetricsTests {

	@Test
	void scoresAreSentToFiveSignificantDigitsNotSeventeen() {
		NetworkMetrics.Scores sent = new NetworkMetrics.Scores(3, 2.00004, 0.027817934737828315, 0.015751567607733566, 1)
			.rounded();
		assertThat(sent).isEqualTo(new NetworkMetrics.Scores(3, 2.0, 0.027818, 0.015752, 1));
		assertThat(new NetworkMetrics.Scores(0, 0, 0, 0, 1).rounded().pageRank()).isZero();
	}


	@Test
	void aStarsCentreHasEveryPartnerAndLiesOnEveryPath() {
		Map<String, Scores> scores = NetworkMetrics.of(Set.of("c", "a", "b", "d"),
				List.of(new Line("c", "a", 1), new Line("c", "b", 2), new Line("c", "d", 1)));
		assertThat(scores.get("c").degree()).isEqualTo(3);
		assertThat(scores.get("c").strength()).isEqualTo(4.0);
		// all three pairs of leaves pass through the centre: normalised, 1
		assertThat(scores.get("c").betweenness()).isCloseTo(1.0, within(1e-9));
		assertThat(scores.get("a").betweenness()).isZero();
		assertThat(scores.get("c").pageRank()).isGreaterThan(scores.get("b").pageRank());
		// the heavier line carries more rank to its leaf
		assertThat(scores.get("b").pageRank()).isGreaterThan(scores.get("a").pageRank());
		assertThat(scores.values().stream().mapToDouble(Scores::pageRank).sum()).isCloseTo(1.0, within(1e-6));
	}

	@Test
	void linesBetweenTheSamePairAddUpAndAHeavyLineIsNotALongOne() {
		// a - b - c, with a's line to b drawn by three records
		Map<String, Scores> scores = NetworkMetrics.of(Set.of("a", "b", "c"),
				List.of(new Line("a", "b", 1), new Line("b", "a", 2), new Line("b", "c", 1)));
		assertThat(scores.get("a").degree()).isEqualTo(1);
		assertThat(scores.get("a").strength()).isEqualTo(3.0);
		assertThat(scores.get("b").betweenness()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void twoTrianglesJoinedByOneLineAreTwoCommunities() {
		Map<String, Scores> scores = NetworkMetrics.of(Set.of("a1", "a2", "a3", "b1", "b2", "b3"),
				List.of(new Line("a1", "a2", 5), new Line("a2", "a3", 5), new Line("a3", "a1", 5),
						new Line("b1", "b2", 5), new Line("b2", "b3", 5), new Line("b3", "b1", 5),
						new Line("a3", "b1", 1)));
		assertThat(scores.get("a1").community()).isEqualTo(scores.get("a2").community())
			.isEqualTo(scores.get("a3").community());
		assertThat(scores.get("b1").community()).isEqualTo(scores.get("b2").community())
			.isEqualTo(scores.get("b3").community())
			.isNotEqualTo(scores.get("a1").community());
		assertThat(Set.of(scores.get("a1").community(), scores.get("b1").community())).containsExactlyInAnyOrder(1, 2);
		// a3 lies on the paths from a1 and a2 to the other triangle: 6 of the 10 pairs it is not part of
		assertThat(scores.get("a3").betweenness()).isCloseTo(0.6, within(1e-9));
	}

	@Test
	void separateGroupsAreSeparateCommunities() {
		Map<String, Scores> scores = NetworkMetrics.of(Set.of("a", "b", "c", "d", "e"),
				List.of(new Line("a", "b", 1), new Line("c", "d", 1), new Line("d", "e", 1)));
		assertThat(scores.get("c").community()).isEqualTo(1).isEqualTo(scores.get("e").community());
		assertThat(scores.get("a").community()).isEqualTo(2).isEqualTo(scores.get("b").community());
	}

	@Test
	void aRingOfCliquesIsOneCommunityPerClique() {
		// eight cliques of five, each joined to the next by one line: the textbook case for modularity
		Set<String> actors = new HashSet<>();
		List<Line> lines = new ArrayList<>();
		for (int c = 0; c < 8; c++) {
			for (int i = 0; i < 5; i++) {
				actors.add(c + ":" + i);
				for (int j = i + 1; j < 5; j++) {
					lines.add(new Line(c + ":" + i, c + ":" + j, 1));
				}
			}
			lines.add(new Line(c + ":0", (c + 1) % 8 + ":4", 1));
		}
		Map<String, Scores> scores = NetworkMetrics.of(actors, lines);
		for (int c = 0; c < 8; c++) {
			int community = scores.get(c + ":0").community();
			for (int i = 1; i < 5; i++) {
				assertThat(scores.get(c + ":" + i).community()).isEqualTo(community);
			}
			assertThat(scores.get((c + 1) % 8 + ":0").community()).isNotEqualTo(community);
		}
	}

	@Test
	void aProvincesNetworkHasExactBetweennessAsJGraphTComputesIt() {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		List<Line> lines = randomLines(graph, 40, 300, 900);
		NetworkMetrics.Measured measured = NetworkMetrics.measure(graph.vertexSet(), lines);
		assertThat(measured.betweennessEstimated()).isFalse();
		assertThat(measured.betweennessSources()).isEqualTo(graph.vertexSet().size());
		int n = graph.vertexSet().size();
		// JGraphT counts each unordered pair once; normalised over the unordered pairs
		new BetweennessCentrality<>(graph, false).getScores()
			.forEach((actor, raw) -> assertThat(measured.scores().get(actor).betweenness())
				.isCloseTo(raw / ((n - 1) * (n - 2) / 2.0), within(1e-9)));
	}

	@Test
	void theNationsNetworkEstimatesBetweennessFromASampleOfSources() {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		List<Line> lines = randomLines(graph, 30, 400, 1500);
		// the budget scaled down with the graph: a sample of about a third of the actors
		NetworkMetrics.Measured measured = NetworkMetrics.measure(graph.vertexSet(), lines,
				graph.vertexSet().size() / 3 * graph.edgeSet().size() * 2L);
		assertThat(measured.betweennessEstimated()).isTrue();
		assertThat(measured.betweennessSources()).isLessThan(graph.vertexSet().size())
			.isGreaterThanOrEqualTo(Betweenness.MIN_SOURCES);
		int n = graph.vertexSet().size();
		Map<String, Double> exact = new HashMap<>();
		new BetweennessCentrality<>(graph, false).getScores()
			.forEach((actor, raw) -> exact.put(actor, raw / ((n - 1) * (n - 2) / 2.0)));
		// the hubs that carry the paths come out within a fifth of their exact score
		List<String> top = exact.keySet()
			.stream()
			.sorted(Comparator.comparingDouble(exact::get).reversed())
			.limit(5)
			.toList();
		for (String hub : top) {
			assertThat(measured.scores().get(hub).betweenness()).isCloseTo(exact.get(hub),
					within(exact.get(hub) / 5));
		}
		assertThat(measured.scores().get(top.get(0)).betweenness())
			.isGreaterThan(measured.scores().get(top.get(4)).betweenness());
	}

	@Test
	void pageRankIsJGraphTsOnTheWeightedSimpleGraphOfTheSummedLines() {
		Graph<String, DefaultEdge> shape = new SimpleGraph<>(DefaultEdge.class);
		List<Line> lines = new ArrayList<>(randomLines(shape, 30, 400, 1500));
		// the same pairs again, the other way round: summed into one line each
		lines.addAll(lines.subList(0, 200).stream().map(l -> new Line(l.target(), l.source(), 2)).toList());
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		shape.vertexSet().forEach(graph::addVertex);
		for (Line line : lines) {
			DefaultWeightedEdge edge = graph.getEdge(line.source(), line.target());
			if (edge == null) {
				graph.setEdgeWeight(graph.addEdge(line.source(), line.target()), line.weight());
			}
			else {
				graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + line.weight());
			}
		}
		Map<String, Scores> scores = NetworkMetrics.of(shape.vertexSet(), lines);
		new PageRank<>(graph).getScores()
			.forEach((actor, rank) -> assertThat(scores.get(actor).pageRank()).as(actor).isCloseTo(rank, within(1e-9)));
	}

	/** A graph of the national network's shape: a few Vietnamese hubs, many foreign actors. */
	private static List<Line> randomLines(Graph<String, DefaultEdge> graph, int vn, int foreign, int count) {
		Random random = new Random(13);
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// a skewed choice of hub: a few provinces draw most lines
			String a = "vn:" + (int) (vn * Math.pow(random.nextDouble(), 3));
			String b = "foreign:" + random.nextInt(foreign);
			Graphs.addEdgeWithVertices(graph, a, b);
			lines.add(new Line(a, b, 1 + random.nextInt(5)));
		}
		return lines;
	}

	@Test
	void anEmptyGraphHasNoScores() {
		assertThat(NetworkMetrics.of(Set.of(), List.of())).isEmpty();
	}

}
