import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.hoptac.analytics.NetworkMetrics;

/**
 * Times the network metrics (JGraphT) on a graph of the national network's shape: Vietnamese
 * provinces and organisations linked to many foreign localities and organisations.
 * Usage: java -cp target/classes:<jgrapht-core>:<jheaps> bench/NetworkMetricsBench.java [vn] [foreign] [lines] [rounds]
 */
public class NetworkMetricsBench {

	public static void main(String[] args) {
		int vn = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		int foreign = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		int lines = args.length > 2 ? Integer.parseInt(args[2]) : 30000;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
		Random random = new Random(57);
		Set<String> actors = new HashSet<>();
		List<NetworkMetrics.Line> drawn = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			String a = "vn:" + random.nextInt(vn);
			String b = "foreign:" + random.nextInt(foreign);
			actors.add(a);
			actors.add(b);
			drawn.add(new NetworkMetrics.Line(a, b, 1 + random.nextInt(20)));
		}
		List<Long> millis = new ArrayList<>();
		for (int r = 0; r < rounds; r++) {
			long start = System.nanoTime();
			NetworkMetrics.of(actors, drawn);
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		System.out.printf("actors %d, lines %d: rounds (ms) %s%n", actors.size(), drawn.size(), millis);
	}

}
