import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency and throughput of hoptac's read API against a running server, next to a trivial endpoint
 * (the framework floor), in one run. JDK 17 only; run as a source file:
 *
 * <pre>
 * java bench/Bench.java http://127.0.0.1:8080 [--requests 2000] [--concurrency 8] [--warmup 1000] [--rounds 2]
 *     [--server-pid P]
 *     [--wait 180] [--max-seconds 180] [--only floor,agreements-list] [--out results.md]
 * </pre>
 *
 * It first warms every scenario up, then measures each in turn, {@code rounds} times over, and reports
 * the last round (the earlier ones are further warm-up): the requests go from a fixed pool of
 * {@code concurrency} threads, each waiting for its response before sending the next (closed loop).
 * The floor is measured before the first scenario and after each; a scenario's ratio is to the mean
 * of the two floors next to it. Given the server's pid (same machine), it also reports the CPU time
 * the server spent per request, a figure the client's share of the CPU does not blur.
 * Latency is from send to the last byte of the body. It prints a Markdown table and exits 1 on the
 * first non-2xx response. Only the given base URL is contacted; every loop is bounded in count and time.
 */
public class Bench {

	/** Scenarios held to the list/filter budget: p95 under 50 ms, throughput at least half the floor's. */
	static final double BUDGET_P95_MS = 50;

	static final double BUDGET_RATIO = 0.5;

	record Scenario(String name, String description, boolean budgeted, IntFunction<String> path) {
	}

	/** {@code serverCpuMs}: CPU the server process used per request (NaN when its pid is not given). */
	record Result(Scenario scenario, int requests, int concurrency, double p50, double p95, double p99, double max,
			double throughput, long avgBytes, boolean truncated, double serverCpuMs) {
	}

	static final class Failure extends RuntimeException {

		Failure(String message) {
			super(message);
		}

	}

	private final String base;

	private final HttpClient client;

	/** The server's process id, to read the CPU time it spends per request; null if unknown. */
	private Long serverPid;

	Bench(String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].startsWith("-")) {
			System.err.println("usage: java bench/Bench.java <baseUrl> [--requests N] [--concurrency C] [--warmup W] "
					+ "[--rounds R] [--server-pid P] [--wait S] [--max-seconds S] [--only a,b] [--out file.md]");
			System.exit(2);
		}
		String base = args[0];
		int requests = 2000;
		int concurrency = 8;
		int warmup = 1000;
		int waitSeconds = 180;
		int maxSeconds = 180;
		Set<String> only = null;
		Path out = null;
		Long serverPid = null;
		int rounds = 2;
		for (int i = 1; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "--requests" -> requests = Integer.parseInt(value);
				case "--concurrency" -> concurrency = Integer.parseInt(value);
				case "--warmup" -> warmup = Integer.parseInt(value);
				case "--rounds" -> rounds = Integer.parseInt(value);
				case "--wait" -> waitSeconds = Integer.parseInt(value);
				case "--max-seconds" -> maxSeconds = Integer.parseInt(value);
				case "--only" -> only = new LinkedHashSet<>(Arrays.asList(value.split(",")));
				case "--out" -> out = Path.of(value);
				case "--server-pid" -> serverPid = Long.valueOf(value);
				default -> {
					System.err.println("unknown option " + args[i]);
					System.exit(2);
				}
			}
			i++;
		}
		Bench bench = new Bench(base);
		bench.serverPid = serverPid;
		try {
			bench.awaitHealthy(waitSeconds);
			List<Scenario> scenarios = new ArrayList<>();
			for (Scenario s : bench.scenarios()) {
				if (only == null || only.contains(s.name()) || "floor".equals(s.name())) {
					scenarios.add(s);
				}
			}
			String loadBefore = loadAverage();
			// Warm every code path first, so that no scenario pays for the JIT of the next.
			for (Scenario s : scenarios) {
				System.err.printf(Locale.ROOT, "%-22s warm-up %d at concurrency %d%n", s.name(), warmup, concurrency);
				bench.run(s, warmup, concurrency, maxSeconds);
			}
			// The floor is measured before and after every scenario: each is compared with the mean of
			// the two floors next to it, measured under the same conditions of a noisy machine.
			Scenario floor = scenarios.get(0);
			List<Scenario> order = new ArrayList<>(List.of(floor));
			for (Scenario s : scenarios.subList(1, scenarios.size())) {
				order.add(s);
				order.add(floor);
			}
			// Every round but the last is more warm-up: the JIT compiles for minutes, on the same cores.
			List<Result> results = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				results.clear();
				for (Scenario s : order) {
					Result r = bench.run(s, requests, concurrency, maxSeconds);
					results.add(r);
					System.err.printf(Locale.ROOT, "round %d %-22s %d requests: p50 %.1f ms, p95 %.1f ms, %.0f req/s%n",
							round, s.name(), r.requests(), r.p50(), r.p95(), r.throughput());
				}
			}
			String table = table(results) + "\nLoad average (1, 5, 15 min) before: " + loadBefore + "; after: "
					+ loadAverage() + "\n";
			System.out.print(table);
			if (out != null) {
				Files.writeString(out, table);
			}
		}
		catch (Failure failure) {
			System.err.println("FAILED: " + failure.getMessage());
			System.exit(1);
		}
	}

	// ---- the scenarios ------------------------------------------------------------------------------

	List<Scenario> scenarios() throws IOException, InterruptedException {
		long thaiNguyen = localityId("VN-19");
		List<Long> agreementIds = sampleAgreementIds(1000);
		String[] countries = { "KR", "JP", "CN", "US", "FR", "TH", "LA", "DE" };
		String[] types = { "MOU", "AGREEMENT", "COOPERATION_PROGRAMME", "MINUTES_OF_AGREEMENT" };
		int[][] years = { { 2015, 2020 }, { 2000, 2010 }, { 2021, 2026 }, { 2010, 2015 } };
		String[] statuses = { "ACTIVE", "FORMAL", "LOI", "ENDED" };
		String[] texts = { "hop tac giao duc", "ban ghi nho du lich", "thoa thuan hop tac y te",
				"hop tac kinh te thuong mai" };
		String[] localityQueries = { "gang", "thai nguyen", "fukuoka", "busan", "ha noi", "quang" };
		List<Scenario> all = new ArrayList<>();
		all.add(new Scenario("floor", "GET /actuator/health", false, i -> "/actuator/health"));
		all.add(new Scenario("agreements-list", "GET /api/v1/agreements?page=0&size=20", true,
				i -> "/api/v1/agreements?page=0&size=20"));
		all.add(new Scenario("agreements-text", "free text q=\"hop tac giao duc\" (no diacritics), 4 variants", true,
				i -> "/api/v1/agreements?q=" + enc(texts[i % texts.length]) + "&page=0&size=20"));
		all.add(new Scenario("agreements-filter", "country + yearFrom/yearTo + type, 8×4×4 variants", true,
				i -> "/api/v1/agreements?country=" + countries[i % countries.length] + "&yearFrom="
						+ years[(i / 8) % years.length][0] + "&yearTo=" + years[(i / 8) % years.length][1] + "&type="
						+ types[(i / 32) % types.length] + "&page=0&size=20"));
		all.add(new Scenario("agreements-locality", "locality=" + thaiNguyen + " (VN-19, rolls up predecessors)", true,
				i -> "/api/v1/agreements?locality=" + thaiNguyen + "&page=0&size=20"));
		all.add(new Scenario("partnerships-filter", "country + status, 8×4 variants", true,
				i -> "/api/v1/partnerships?country=" + countries[i % countries.length] + "&status="
						+ statuses[(i / 8) % statuses.length] + "&page=0&size=20"));
		all.add(new Scenario("agreement-detail", "GET /api/v1/agreements/{id}, " + agreementIds.size() + " random ids",
				false, i -> "/api/v1/agreements/" + agreementIds.get(Math.floorMod(i * 7919 + 13, agreementIds.size()))));
		all.add(new Scenario("localities-text", "GET /api/v1/localities?q=…, 6 variants", true,
				i -> "/api/v1/localities?q=" + enc(localityQueries[i % localityQueries.length]) + "&page=0&size=20"));
		return all;
	}

	private long localityId(String code) throws IOException, InterruptedException {
		String body = get("/api/v1/localities?q=" + enc(code) + "&size=50");
		Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"code\":\"" + Pattern.quote(code) + "\"").matcher(body);
		if (!m.find()) {
			throw new Failure("locality " + code + " not found in /api/v1/localities?q=" + code);
		}
		return Long.parseLong(m.group(1));
	}

	private List<Long> sampleAgreementIds(int wanted) throws IOException, InterruptedException {
		String first = get("/api/v1/agreements?page=0&size=1");
		Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(first);
		long count = total.find() ? Long.parseLong(total.group(1)) : 0;
		if (count == 0) {
			throw new Failure("no agreements: generate the data first (see bench/run.sh)");
		}
		int pageSize = 200;
		int pages = (int) Math.max(1, (count + pageSize - 1) / pageSize);
		Random random = new Random(7);
		Set<Long> ids = new LinkedHashSet<>();
		Pattern id = Pattern.compile("\\{\"id\":(\\d+),\"title\"");
		for (int attempt = 0; attempt < 10 && ids.size() < wanted; attempt++) {
			Matcher m = id.matcher(get("/api/v1/agreements?size=" + pageSize + "&page=" + random.nextInt(pages)));
			while (m.find()) {
				ids.add(Long.parseLong(m.group(1)));
			}
		}
		List<Long> list = new ArrayList<>(ids);
		java.util.Collections.shuffle(list, random);
		return list.subList(0, Math.min(wanted, list.size()));
	}

	// ---- measuring ----------------------------------------------------------------------------------

	Result run(Scenario scenario, int n, int concurrency, int maxSeconds) throws InterruptedException {
		long[] latencies = new long[n];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicLong bytes = new AtomicLong();
		AtomicReference<Failure> failure = new AtomicReference<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		long cpuBefore = serverCpuNanos();
		long start = System.nanoTime();
		for (int t = 0; t < concurrency; t++) {
			pool.execute(() -> {
				while (failure.get() == null && System.nanoTime() < deadline) {
					int i = next.getAndIncrement();
					if (i >= n) {
						return;
					}
					String path = scenario.path().apply(i);
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
						.timeout(Duration.ofSeconds(30))
						.header("Accept", "application/json")
						.GET()
						.build();
					try {
						long t0 = System.nanoTime();
						HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
						long t1 = System.nanoTime();
						if (response.statusCode() / 100 != 2) {
							failure.compareAndSet(null, new Failure("HTTP " + response.statusCode() + " for GET " + path
									+ ": " + snippet(new String(response.body(), StandardCharsets.UTF_8))));
							return;
						}
						latencies[i] = t1 - t0;
						bytes.addAndGet(response.body().length);
						done.incrementAndGet();
					}
					catch (IOException | InterruptedException ex) {
						failure.compareAndSet(null, new Failure("GET " + path + " failed: " + ex));
						return;
					}
				}
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(maxSeconds + 60L, TimeUnit.SECONDS)) {
			pool.shutdownNow();
		}
		long elapsed = System.nanoTime() - start;
		long cpuAfter = serverCpuNanos();
		if (failure.get() != null) {
			throw failure.get();
		}
		int measured = done.get();
		if (measured == 0) {
			throw new Failure(scenario.name() + ": no request completed within " + maxSeconds + " s");
		}
		long[] sorted = Arrays.copyOf(latencies, n);
		Arrays.sort(sorted);
		sorted = Arrays.copyOfRange(sorted, n - measured, n);
		return new Result(scenario, measured, concurrency, percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), sorted[sorted.length - 1] / 1e6, measured / (elapsed / 1e9),
				bytes.get() / measured, measured < n, cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6 / measured);
	}

	/** User + system CPU time of the server process so far (Linux /proc), or -1 if unknown. */
	long serverCpuNanos() {
		if (serverPid == null) {
			return -1;
		}
		try {
			String stat = Files.readString(Path.of("/proc", serverPid.toString(), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after the command: state is field 3, utime and stime are fields 14 and 15 (1-based)
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 1_000_000_000L / CLOCK_TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** Linux's USER_HZ, the unit of /proc CPU times: 100 on every common kernel build. */
	private static final long CLOCK_TICKS = 100;

	static double percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	// ---- output -------------------------------------------------------------------------------------

	static String table(List<Result> results) {
		StringBuilder s = new StringBuilder();
		s.append("| Scenario | Requests | Concurrency | p50 ms | p95 ms | p99 ms | max ms | Throughput req/s "
				+ "| Floor next to it req/s | × floor | Server CPU ms/req (floor's ÷ this) | Avg body | Budget |\n");
		s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (int i = 0; i < results.size(); i++) {
			Result r = results.get(i);
			boolean isFloor = r.scenario().name().equals("floor");
			double floor = isFloor ? r.throughput() : neighbouringFloor(results, i, Result::throughput);
			double floorCpu = isFloor ? r.serverCpuMs() : neighbouringFloor(results, i, Result::serverCpuMs);
			String cpu = Double.isNaN(r.serverCpuMs()) ? "" : String.format(Locale.ROOT, "%.2f", r.serverCpuMs())
					+ (isFloor ? "" : String.format(Locale.ROOT, " (%.2f)", floorCpu / r.serverCpuMs()));
			double ratio = r.throughput() / floor;
			String budget;
			if (!r.scenario().budgeted()) {
				budget = isFloor ? "reference" : "informational";
			}
			else {
				boolean latency = r.p95() < BUDGET_P95_MS;
				boolean throughput = ratio >= BUDGET_RATIO;
				budget = (latency && throughput ? "✅ met" : "❌ missed") + " (p95 " + (latency ? "<" : "≥") + " 50 ms, "
						+ (throughput ? "≥" : "<") + " 0.5× floor)";
			}
			s.append(String.format(Locale.ROOT,
					"| %s%s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %s | %s | %s | %s | %s |%n", r.scenario().name(),
					r.truncated() ? " (time cap hit)" : "", r.requests(), r.concurrency(), r.p50(), r.p95(), r.p99(),
					r.max(), r.throughput(), isFloor ? "" : String.format(Locale.ROOT, "%.0f", floor),
					isFloor ? "" : String.format(Locale.ROOT, "%.2f", ratio), cpu, bytes(r.avgBytes()), budget));
		}
		s.append("\nScenarios:\n\n");
		results.stream().map(Result::scenario).distinct().forEach(scenario -> s.append("- `")
			.append(scenario.name())
			.append("`: ")
			.append(scenario.description())
			.append('\n'));
		return s.toString();
	}

	/** The mean of a figure of the floor measured just before and just after result {@code i}. */
	static double neighbouringFloor(List<Result> results, int i, java.util.function.ToDoubleFunction<Result> figure) {
		return java.util.stream.Stream.of(i - 1, i + 1)
			.filter(j -> j >= 0 && j < results.size())
			.map(results::get)
			.filter(r -> r.scenario().name().equals("floor"))
			.mapToDouble(figure)
			.average()
			.orElse(Double.NaN);
	}

	/** The machine's load average, where the system tells it (Linux), to judge how quiet the run was. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static String bytes(long n) {
		return n < 1024 ? n + " B" : String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
	}

	// ---- HTTP -----------------------------------------------------------------------------------------

	void awaitHealthy(int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		String last = "";
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
							.timeout(Duration.ofSeconds(5))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
				last = "HTTP " + response.statusCode();
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			Thread.sleep(500);
		}
		throw new Failure("server at " + base + " not healthy after " + seconds + " s (" + last + ")");
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new Failure("HTTP " + response.statusCode() + " for GET " + path + ": " + snippet(response.body()));
		}
		return response.body();
	}

	private static String snippet(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
