import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.hoptac.analytics.NetworkMetrics;

/**
 * Times the network metrics on a graph of the national network's shape: Vietnamese provinces and
 * organisations linked to many foreign localities and organisations; either random, or the lines of
 * a network the API answered, one "source TAB target TAB weight" a line. Prints the wall time and the
 * CPU time of the process (on a shared machine the CPU time is the steadier of the two; the betweenness
 * runs on another thread than the rest).
 * Usage: java -cp target/classes:<jgrapht-core>:<jheaps> bench/NetworkMetricsBench.java [vn] [foreign] [lines] [rounds]
 *    or: java -cp ... bench/NetworkMetricsBench.java --lines lines.tsv [rounds]
 * To get the lines of the nation's network: GET /api/v1/analytics/network, then
 * jq -r '.edges[] | [.source, .target, .weight] | @tsv'.
 */
public class NetworkMetricsBench {

	public static void main(String[] args) throws Exception {
		Set<String> actors = new HashSet<>();
		List<NetworkMetrics.Line> drawn = new ArrayList<>();
		int rounds;
		if (args.length > 1 && args[0].equals("--lines")) {
			for (String row : Files.readAllLines(Path.of(args[1]))) {
				String[] cells = row.split("\t");
				actors.add(cells[0]);
				actors.add(cells[1]);
				drawn.add(new NetworkMetrics.Line(cells[0], cells[1], Double.parseDouble(cells[2])));
			}
			rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
		}
		else {
			int vn = args.length > 0 ? Integer.parseInt(args[0]) : 300;
			int foreign = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
			int lines = args.length > 2 ? Integer.parseInt(args[2]) : 30000;
			rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
			Random random = new Random(57);
			for (int i = 0; i < lines; i++) {
				String a = "vn:" + random.nextInt(vn);
				String b = "foreign:" + random.nextInt(foreign);
				actors.add(a);
				actors.add(b);
				drawn.add(new NetworkMetrics.Line(a, b, 1 + random.nextInt(20)));
			}
		}
		com.sun.management.OperatingSystemMXBean process = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		List<Long> wall = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		NetworkMetrics.Measured measured = null;
		for (int r = 0; r < rounds; r++) {
			long start = System.nanoTime();
			long startCpu = process.getProcessCpuTime();
			measured = NetworkMetrics.measure(actors, drawn);
			wall.add((System.nanoTime() - start) / 1_000_000);
			cpu.add((process.getProcessCpuTime() - startCpu) / 1_000_000);
		}
		System.out.printf("actors %d, lines %d, betweenness from %d sources (estimated: %s): wall (ms) %s, cpu (ms) %s%n",
				actors.size(), drawn.size(), measured.betweennessSources(), measured.betweennessEstimated(), wall, cpu);
	}

}
