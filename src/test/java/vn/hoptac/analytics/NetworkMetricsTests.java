package vn.hoptac.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoptac.analytics.NetworkMetrics.Line;
import vn.hoptac.analytics.NetworkMetrics.Scores;

/** The metrics on small graphs whose answers are known by hand. */
class NetworkMetricsTests {

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
	void anEmptyGraphHasNoScores() {
		assertThat(NetworkMetrics.of(Set.of(), List.of())).isEmpty();
	}

}
