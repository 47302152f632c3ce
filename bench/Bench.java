import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
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
 * Latency and throughput of hoptac's read API against a running server, next to two floors measured in
 * the same run: a trivial endpoint (the framework floor) and the scenario's own SQL sent through bare
 * JDBC at the same concurrency (the database floor). JDK 17 plus a JDBC driver; run as a source file:
 *
 * <pre>
 * java -cp 'lib/*' bench/Bench.java http://127.0.0.1:8080 [--requests 2000] [--concurrency 8] [--warmup 1000]
 *     [--rounds 2] [--server-pid P] [--wait 180] [--max-seconds 180] [--only floor,agreements-list] [--out results.md]
 *     [--statements sql.txt --jdbc-url URL --jdbc-user U --jdbc-password P]
 * java -cp 'lib/*' bench/Bench.java http://127.0.0.1:8081 --capture-log sql.log --capture-out sql.txt [--max-variants 128]
 *     [--capture-cold]
 * </pre>
 *
 * <b>Capture</b> (second form): against a server that logs Hibernate's SQL and bind values (and
 * JdbcTemplate's) to {@code sql.log} with the pattern {@code @@%thread@@%logger@@%msg%n}, it sends each
 * variant of each scenario twice, one request at a time, and keeps the statements logged while the second
 * request was served: the steady state, after caches filled ({@code --capture-cold}: the first request,
 * caches empty). {@code bench/run.sh} starts such a server.
 *
 * <b>Measurement</b> (first form): it first warms every scenario up, then measures each in turn,
 * {@code rounds} times over, and reports the last round (the earlier ones are further warm-up): the
 * requests go from a fixed pool of {@code concurrency} threads, each waiting for its response before
 * sending the next (closed loop). The framework floor is measured before the first scenario and after
 * each; a scenario's ratio is to the mean of the two floors next to it. Given captured statements and a
 * JDBC URL, each scenario is followed by its database floor: the same threads replay, per request, the
 * statements that request's variant sent, on one connection each, in a transaction rolled back at the end.
 * Given the server's pid (same machine), it also reports the CPU time the server spent per request, the
 * start-up time (process start to the first healthy answer) and the heap after warm-up ({@code jcmd}).
 * Latency is from send to the last byte of the body. It prints a Markdown table and exits 1 on the
 * first non-2xx response. Only the given base URL and JDBC URL are contacted; every loop is bounded in
 * count and time.
 */
public class Bench {

	/** Scenarios held to the list/filter budget: p95 under 50 ms, throughput at least half the floor's. */
	static final double BUDGET_P95_MS = 50;

	static final double BUDGET_RATIO = 0.5;

	/** The name suffix of a scenario's database floor. */
	static final String SQL_SUFFIX = " · SQL";

	/**
	 * One thing measured: an HTTP scenario ({@code path} gives request {@code i}'s path, which repeats
	 * after {@code variants}) or a database floor ({@code replay} set).
	 */
	record Scenario(String name, String description, boolean budgeted, int variants, IntFunction<String> path,
			Replay replay) {

		static Scenario http(String name, String description, boolean budgeted, int variants, IntFunction<String> path) {
			return new Scenario(name, description, budgeted, variants, path, null);
		}

		boolean isFloor() {
			return name.equals("floor");
		}

		boolean isDatabase() {
			return replay != null;
		}

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

	/** One request's work: returns the bytes (HTTP) or rows (SQL) it received. */
	interface Work {

		long perform(int worker, int i) throws Exception;

	}

	private final String base;

	private final HttpClient client;

	/** The server's process id, to read the CPU time it spends per request; null if unknown. */
	private Long serverPid;

	/** One JDBC connection per client thread, for the database floor; null without a JDBC URL. */
	private Connection[] connections;

	private boolean postgres;

	Bench(String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].startsWith("-")) {
			System.err.println("usage: java -cp 'lib/*' bench/Bench.java <baseUrl> [--requests N] [--concurrency C] "
					+ "[--warmup W] [--rounds R] [--server-pid P] [--wait S] [--max-seconds S] [--only a,b] [--out file.md] "
					+ "[--statements sql.txt --jdbc-url URL --jdbc-user U --jdbc-password P] "
					+ "| --capture-log sql.log --capture-out sql.txt [--max-variants N] [--capture-cold]");
			System.exit(2);
		}
		String base = args[0];
		int requests = 2000;
		int concurrency = 8;
		int warmup = 1000;
		int waitSeconds = 180;
		int maxSeconds = 180;
		int maxVariants = 128;
		boolean captureCold = false;
		Set<String> only = null;
		Path out = null;
		Path captureLog = null;
		Path captureOut = null;
		Path statements = null;
		String jdbcUrl = null;
		String jdbcUser = "";
		String jdbcPassword = "";
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
				case "--max-variants" -> maxVariants = Integer.parseInt(value);
				case "--capture-cold" -> {
					captureCold = true;
					i--;
				}
				case "--only" -> only = new LinkedHashSet<>(Arrays.asList(value.split(",")));
				case "--out" -> out = Path.of(value);
				case "--server-pid" -> serverPid = Long.valueOf(value);
				case "--capture-log" -> captureLog = Path.of(value);
				case "--capture-out" -> captureOut = Path.of(value);
				case "--statements" -> statements = Path.of(value);
				case "--jdbc-url" -> jdbcUrl = value;
				case "--jdbc-user" -> jdbcUser = value;
				case "--jdbc-password" -> jdbcPassword = value;
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
			double startupSeconds = bench.awaitHealthy(waitSeconds);
			List<Scenario> scenarios = new ArrayList<>();
			for (Scenario s : bench.scenarios()) {
				if (only == null || only.contains(s.name()) || s.isFloor()) {
					scenarios.add(s);
				}
			}
			if (captureLog != null) {
				bench.capture(scenarios, captureLog, captureOut, maxVariants, captureCold);
				return;
			}
			StringBuilder header = new StringBuilder();
			if (!Double.isNaN(startupSeconds)) {
				header.append(String.format(Locale.ROOT, "Start-up (process start → /actuator/health UP): %.1f s%n",
						startupSeconds));
			}
			if (statements != null && jdbcUrl != null) {
				header.append(bench.connect(jdbcUrl, jdbcUser, jdbcPassword, concurrency));
				scenarios = withDatabaseFloors(scenarios, SqlCapture.read(statements));
			}
			String loadBefore = loadAverage();
			// Warm every code path first, so that no scenario pays for the JIT of the next.
			for (Scenario s : new ArrayList<>(scenarios)) {
				System.err.printf(Locale.ROOT, "%-22s warm-up %d at concurrency %d%n", s.name(), warmup, concurrency);
				try {
					bench.run(s, warmup, concurrency, maxSeconds);
				}
				catch (Failure failure) {
					if (!s.isDatabase()) {
						throw failure;
					}
					// A statement that cannot be replayed costs that scenario its database floor, not the run.
					System.err.println("no database floor for " + s.name() + ": " + failure.getMessage());
					scenarios.remove(s);
				}
			}
			header.append(bench.heapAfterWarmUp());
			// The floor is measured before and after every scenario: each is compared with the mean of
			// the two floors next to it, measured under the same conditions of a noisy machine.
			Scenario floor = scenarios.get(0);
			List<Scenario> order = new ArrayList<>(List.of(floor));
			// A scenario's database floor, if any, follows it in the list and is measured right after it.
			for (int i = 1; i < scenarios.size(); i++) {
				order.add(scenarios.get(i));
				if (i + 1 == scenarios.size() || !scenarios.get(i + 1).isDatabase()) {
					order.add(floor);
				}
			}
			// Every round but the last is more warm-up: the JIT compiles for minutes, on the same cores.
			List<Result> results = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				results.clear();
				for (Scenario s : order) {
					Result r = bench.run(s, requests, concurrency, maxSeconds);
					results.add(r);
					System.err.printf(Locale.ROOT, "round %d %-28s %d requests: p50 %.1f ms, p95 %.1f ms, %.0f req/s%n",
							round, s.name(), r.requests(), r.p50(), r.p95(), r.throughput());
				}
			}
			String table = header + "\n" + table(results) + "\nLoad average (1, 5, 15 min) before: " + loadBefore
					+ "; after: " + loadAverage() + "\n";
			System.out.print(table);
			if (out != null) {
				Files.writeString(out, table);
			}
		}
		catch (Failure failure) {
			System.err.println("FAILED: " + failure.getMessage());
			System.exit(1);
		}
		finally {
			bench.disconnect();
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
		all.add(Scenario.http("floor", "GET /actuator/health", false, 1, i -> "/actuator/health"));
		all.add(Scenario.http("agreements-list", "GET /api/v1/agreements?page=0&size=20", true, 1,
				i -> "/api/v1/agreements?page=0&size=20"));
		all.add(Scenario.http("agreements-text", "free text q=\"hop tac giao duc\" (no diacritics), 4 variants", true,
				texts.length, i -> "/api/v1/agreements?q=" + enc(texts[i % texts.length]) + "&page=0&size=20"));
		all.add(Scenario.http("agreements-filter", "country + yearFrom/yearTo + type, 8×4×4 variants", true,
				countries.length * years.length * types.length,
				i -> "/api/v1/agreements?country=" + countries[i % countries.length] + "&yearFrom="
						+ years[(i / 8) % years.length][0] + "&yearTo=" + years[(i / 8) % years.length][1] + "&type="
						+ types[(i / 32) % types.length] + "&page=0&size=20"));
		all.add(Scenario.http("agreements-locality", "locality=" + thaiNguyen + " (VN-19, rolls up predecessors)", true,
				1, i -> "/api/v1/agreements?locality=" + thaiNguyen + "&page=0&size=20"));
		all.add(Scenario.http("partnerships-filter", "country + status, 8×4 variants", true,
				countries.length * statuses.length,
				i -> "/api/v1/partnerships?country=" + countries[i % countries.length] + "&status="
						+ statuses[(i / 8) % statuses.length] + "&page=0&size=20"));
		all.add(Scenario.http("agreement-detail", "GET /api/v1/agreements/{id}, " + agreementIds.size() + " random ids",
				false, agreementIds.size(),
				i -> "/api/v1/agreements/" + agreementIds.get(Math.floorMod(i * 7919 + 13, agreementIds.size()))));
		all.add(Scenario.http("localities-text", "GET /api/v1/localities?q=…, 6 variants", true,
				localityQueries.length,
				i -> "/api/v1/localities?q=" + enc(localityQueries[i % localityQueries.length]) + "&page=0&size=20"));
		// the health of every partnership of a province (computed on read, then those needing attention
		// kept): its budget is 500 ms, informational against the lists' 50 ms
		long daNang = localityId("VN-48");
		all.add(Scenario.http("health-province", "attention list: health of every partnership of VN-19 or VN-48",
				false, 2, i -> "/api/v1/partnerships/attention?province=" + (i % 2 == 0 ? thaiNguyen : daNang)));
		// the IPTT of a framework (indicators × periods with targets, actuals, % of target): budget 300 ms
		List<Long> frameworkIds = sampleIds("frameworks", 1000);
		if (frameworkIds.size() >= 100) {
			all.add(Scenario.http("iptt", "GET /api/v1/frameworks/{id}/iptt, " + frameworkIds.size() + " random ids",
					false, frameworkIds.size(), i -> "/api/v1/frameworks/"
							+ frameworkIds.get(Math.floorMod(i * 7919 + 13, frameworkIds.size())) + "/iptt"));
		}
		if (total("/api/v1/delegations?size=1") >= 1000) {
			String[] directions = { "INBOUND", "OUTBOUND" };
			String[] delegationTexts = { "hop tac giao duc", "xuc tien dau tu", "van hoa the thao", "gang" };
			all.add(Scenario.http("delegations-list", "GET /api/v1/delegations?page=0&size=20", true, 1,
					i -> "/api/v1/delegations?page=0&size=20"));
			all.add(Scenario.http("delegations-filter", "country + yearFrom/yearTo + direction, 8×4×2 variants", true,
					countries.length * years.length * directions.length,
					i -> "/api/v1/delegations?country=" + countries[i % countries.length] + "&yearFrom="
							+ years[(i / 8) % years.length][0] + "&yearTo=" + years[(i / 8) % years.length][1]
							+ "&direction=" + directions[(i / 32) % directions.length] + "&page=0&size=20"));
			all.add(Scenario.http("delegations-text", "free text, 4 variants", true, delegationTexts.length,
					i -> "/api/v1/delegations?q=" + enc(delegationTexts[i % delegationTexts.length]) + "&page=0&size=20"));
			// the statistics' budget is 200 ms (a report, not a list): informational against the 50 ms one
			all.add(Scenario.http("delegations-stats-partner", "stats groupBy=partner, national and for VN-19", false, 2,
					i -> "/api/v1/delegations/stats?groupBy=partner" + (i % 2 == 0 ? "" : "&locality=" + thaiNguyen)));
			all.add(Scenario.http("delegations-stats-year", "stats groupBy=year, national", false, 1,
					i -> "/api/v1/delegations/stats?groupBy=year"));
		}
		if (total("/api/v1/projects?size=1") >= 1000) {
			String[] modalities = { "ODA_GRANT", "ODA_LOAN", "FDI", "NON_ODA_AID" };
			String[] sectors = { "111", "121", "140", "311" };
			all.add(Scenario.http("projects-list", "GET /api/v1/projects?page=0&size=20", true, 1,
					i -> "/api/v1/projects?page=0&size=20"));
			all.add(Scenario.http("projects-filter", "modality + sector category + years, 4×4×4 variants", true,
					modalities.length * sectors.length * years.length,
					i -> "/api/v1/projects?modality=" + modalities[i % 4] + "&sector=" + sectors[(i / 4) % 4]
							+ "&yearFrom=" + years[(i / 16) % years.length][0] + "&yearTo="
							+ years[(i / 16) % years.length][1] + "&page=0&size=20"));
		}
		return all;
	}

	/** The scenarios, each followed by its database floor where statements were captured for it. */
	static List<Scenario> withDatabaseFloors(List<Scenario> scenarios, Map<String, List<List<SqlCapture.Statement>>> captured) {
		List<Scenario> all = new ArrayList<>();
		for (Scenario s : scenarios) {
			all.add(s);
			List<List<SqlCapture.Statement>> requests = captured.get(s.name());
			if (s.isFloor() || requests == null) {
				continue;
			}
			Replay replay = new Replay(requests);
			if (replay.statementsPerRequest() == 0) {
				System.err.println(s.name() + ": its requests sent no SQL; no database floor");
				continue;
			}
			all.add(new Scenario(s.name() + SQL_SUFFIX,
					String.format(Locale.ROOT, "the SQL of `%s` over bare JDBC: %.1f statements per request (%d variants captured)",
							s.name(), replay.statementsPerRequest(), requests.size()),
					false, requests.size(), null, replay));
		}
		return all;
	}

	/** The total a list answers (0 when the list does not exist in this build). */
	private long total(String path) throws IOException, InterruptedException {
		try {
			Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(get(path));
			return m.find() ? Long.parseLong(m.group(1)) : 0;
		}
		catch (Failure notThere) {
			return 0;
		}
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
		List<Long> ids = sampleIds("agreements", wanted);
		if (ids.isEmpty()) {
			throw new Failure("no agreements: generate the data first (see bench/run.sh)");
		}
		return ids;
	}

	/** Up to {@code wanted} random ids of a collection's records the anonymous reader sees, none if it has none. */
	private List<Long> sampleIds(String collection, int wanted) throws IOException, InterruptedException {
		String first = get("/api/v1/" + collection + "?page=0&size=1");
		Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(first);
		long count = total.find() ? Long.parseLong(total.group(1)) : 0;
		if (count == 0) {
			return List.of();
		}
		int pageSize = 200;
		int pages = (int) Math.max(1, (count + pageSize - 1) / pageSize);
		Random random = new Random(7);
		Set<Long> ids = new LinkedHashSet<>();
		Pattern id = Pattern.compile("\\{\"id\":(\\d+),\"title\"");
		for (int attempt = 0; attempt < 10 && ids.size() < wanted; attempt++) {
			Matcher m = id.matcher(get("/api/v1/" + collection + "?size=" + pageSize + "&page=" + random.nextInt(pages)));
			while (m.find()) {
				ids.add(Long.parseLong(m.group(1)));
			}
		}
		List<Long> list = new ArrayList<>(ids);
		java.util.Collections.shuffle(list, random);
		return list.subList(0, Math.min(wanted, list.size()));
	}

	// ---- capturing the SQL of each scenario ---------------------------------------------------------

	/**
	 * Sends each variant of each scenario twice, one request at a time, and keeps what the server logged
	 * while it served the second (with {@code cold}, the first): log lines are written before the
	 * response, as the statements run.
	 */
	void capture(List<Scenario> scenarios, Path log, Path out, int maxVariants, boolean cold)
			throws IOException, InterruptedException {
		Map<String, List<List<SqlCapture.Statement>>> captured = new LinkedHashMap<>();
		for (Scenario s : scenarios) {
			if (s.isFloor()) {
				continue;
			}
			List<List<SqlCapture.Statement>> requests = new ArrayList<>();
			for (int v = 0; v < Math.min(s.variants(), maxVariants); v++) {
				if (!cold) {
					get(s.path().apply(v));
				}
				long from = settledSize(log);
				get(s.path().apply(v));
				requests.add(SqlCapture.parse(readFrom(log, from, settledSize(log))));
			}
			captured.put(s.name(), requests);
			System.err.printf(Locale.ROOT, "captured %-22s %3d variants, %.1f statements per request%n", s.name(),
					requests.size(), new Replay(requests).statementsPerRequest());
		}
		SqlCapture.write(captured, out);
	}

	/** The log's size once it stopped growing for 20 ms (at most 2 s). */
	private static long settledSize(Path log) throws IOException, InterruptedException {
		long size = Files.size(log);
		for (int i = 0; i < 100; i++) {
			Thread.sleep(20);
			long now = Files.size(log);
			if (now == size) {
				return size;
			}
			size = now;
		}
		return size;
	}

	private static String readFrom(Path file, long from, long to) throws IOException {
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
			byte[] bytes = new byte[(int) Math.max(0, to - from)];
			f.seek(from);
			f.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/**
	 * The statements an application sent, read from its log, and written to and read from a plain file.
	 * Understands Hibernate ({@code org.hibernate.SQL} at DEBUG, {@code org.hibernate.orm.jdbc.bind} at
	 * TRACE) and Spring's JdbcTemplate ({@code JdbcTemplate} at DEBUG, {@code StatementCreatorUtils} at
	 * TRACE), logged with the pattern {@code @@%thread@@%logger@@%msg%n}.
	 */
	static final class SqlCapture {

		/** A bind parameter: its JDBC type name as the log gives it, and its value (null for SQL NULL). */
		record Param(int index, String type, String value) {
		}

		record Statement(String sql, List<Param> params) {
		}

		private static final Pattern HIBERNATE_BIND = Pattern
			.compile("binding parameter \\((\\d+):([^)]*)\\) <- \\[(.*)\\]", Pattern.DOTALL);

		private static final Pattern SPRING_SQL = Pattern
			.compile("Executing (?:prepared )?SQL (?:statement|query|update) \\[(.*)\\]", Pattern.DOTALL);

		private static final Pattern SPRING_BIND = Pattern.compile(
				"Setting SQL statement parameter value: column index (\\d+), parameter value \\[(.*)\\], value class \\[([^\\]]*)\\].*",
				Pattern.DOTALL);

		/**
		 * The threads that serve requests (Tomcat's platform or virtual threads): statements that
		 * background jobs (session clean-up, scheduled tasks) log in the same moment are not the request's.
		 */
		private static final Pattern REQUEST_THREAD = Pattern.compile(".*-exec-\\d+|tomcat-handler-\\d+");

		/** JDBC type names for the value classes JdbcTemplate logs. */
		private static final Map<String, String> TYPE_OF_CLASS = Map.ofEntries(Map.entry("java.lang.Long", "BIGINT"),
				Map.entry("java.lang.Integer", "INTEGER"), Map.entry("java.lang.Short", "SMALLINT"),
				Map.entry("java.lang.String", "VARCHAR"), Map.entry("java.lang.Boolean", "BOOLEAN"),
				Map.entry("java.lang.Double", "DOUBLE"), Map.entry("java.math.BigDecimal", "NUMERIC"),
				Map.entry("java.time.LocalDate", "DATE"), Map.entry("java.time.LocalDateTime", "TIMESTAMP"),
				Map.entry("java.time.Instant", "TIMESTAMP_UTC"),
				Map.entry("java.time.OffsetDateTime", "TIMESTAMP_WITH_TIMEZONE"), Map.entry("java.util.UUID", "UUID"));

		static List<Statement> parse(String log) {
			List<Statement> statements = new ArrayList<>();
			for (String record : log.split("(?m)^@@")) {
				String[] parts = record.split("@@", 3);
				if (parts.length < 3 || !REQUEST_THREAD.matcher(parts[0]).matches()) {
					continue;
				}
				String logger = parts[1];
				String message = parts[2].replaceFirst("\\R\\z", "");
				Matcher m;
				if (logger.equals("org.hibernate.SQL")) {
					statements.add(new Statement(message, new ArrayList<>()));
				}
				else if (logger.equals("org.springframework.jdbc.core.JdbcTemplate")
						&& (m = SPRING_SQL.matcher(message)).matches()) {
					statements.add(new Statement(m.group(1), new ArrayList<>()));
				}
				else if (logger.equals("org.hibernate.orm.jdbc.bind") && (m = HIBERNATE_BIND.matcher(message)).matches()
						&& !statements.isEmpty()) {
					String value = m.group(3);
					last(statements).params()
						.add(new Param(Integer.parseInt(m.group(1)), m.group(2), "null".equals(value) ? null : value));
				}
				else if (logger.equals("org.springframework.jdbc.core.StatementCreatorUtils")
						&& (m = SPRING_BIND.matcher(message)).matches() && !statements.isEmpty()) {
					String type = TYPE_OF_CLASS.getOrDefault(m.group(3), "OTHER");
					last(statements).params()
						.add(new Param(Integer.parseInt(m.group(1)), type, "null".equals(m.group(3)) ? null : m.group(2)));
				}
			}
			return statements;
		}

		private static Statement last(List<Statement> statements) {
			return statements.get(statements.size() - 1);
		}

		/** Lines {@code request NAME}, {@code sql TEXT}, {@code param I TYPE TEXT}, {@code null I TYPE}. */
		static void write(Map<String, List<List<Statement>>> captured, Path out) throws IOException {
			StringBuilder s = new StringBuilder();
			captured.forEach((name, requests) -> requests.forEach(statements -> {
				s.append("request ").append(name).append('\n');
				for (Statement statement : statements) {
					s.append("sql ").append(escape(statement.sql())).append('\n');
					for (Param p : statement.params()) {
						s.append(p.value() == null ? "null " : "param ").append(p.index()).append(' ').append(p.type());
						s.append(p.value() == null ? "" : " " + escape(p.value())).append('\n');
					}
				}
			}));
			Files.writeString(out, s);
		}

		static Map<String, List<List<Statement>>> read(Path file) throws IOException {
			Map<String, List<List<Statement>>> captured = new LinkedHashMap<>();
			List<Statement> request = null;
			for (String line : Files.readAllLines(file)) {
				String[] f = line.split(" ", 4);
				switch (f[0]) {
					case "request" -> {
						request = new ArrayList<>();
						captured.computeIfAbsent(f[1], k -> new ArrayList<>()).add(request);
					}
					case "sql" -> request.add(new Statement(unescape(line.substring(4)), new ArrayList<>()));
					case "param", "null" -> request.get(request.size() - 1)
						.params()
						.add(new Param(Integer.parseInt(f[1]), f[2], f[0].equals("null") ? null : unescape(f.length > 3 ? f[3] : "")));
					default -> throw new IllegalArgumentException("unexpected line in " + file + ": " + line);
				}
			}
			return captured;
		}

		static String escape(String text) {
			return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
		}

		static String unescape(String text) {
			StringBuilder s = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\\' && i + 1 < text.length()) {
					char next = text.charAt(++i);
					s.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
				}
				else {
					s.append(c);
				}
			}
			return s.toString();
		}

	}

	// ---- the database floor -------------------------------------------------------------------------

	/** The statements each captured request sent; request {@code i} replays {@code requests[i % size]}. */
	record Replay(List<List<SqlCapture.Statement>> requests) {

		double statementsPerRequest() {
			return requests.isEmpty() ? 0 : requests.stream().mapToInt(List::size).average().orElse(0);
		}

	}

	/** Opens one connection per client thread; returns a header line naming the database. */
	String connect(String url, String user, String password, int count) throws SQLException {
		connections = new Connection[count];
		for (int i = 0; i < count; i++) {
			connections[i] = DriverManager.getConnection(url, user, password);
			connections[i].setAutoCommit(false);
		}
		var meta = connections[0].getMetaData();
		postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		if (postgres) {
			// as the application's pool does (PostgresPlanning): plan each execution with its values
			for (Connection c : connections) {
				try (var statement = c.createStatement()) {
					statement.execute("set plan_cache_mode = force_custom_plan");
				}
				c.commit();
			}
		}
		return "Database: " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " ("
				+ url.replaceFirst(";.*", "") + ")\n";
	}

	void disconnect() {
		if (connections == null) {
			return;
		}
		for (Connection c : connections) {
			try {
				c.close();
			}
			catch (SQLException ignored) {
				// closing at exit: nothing left to do
			}
		}
	}

	/** Replays one request's statements on the worker's connection, reading every column of every row. */
	long replay(Replay replay, int worker, int i) throws SQLException {
		Connection connection = connections[worker];
		long rows = 0;
		try {
			for (SqlCapture.Statement statement : replay.requests().get(i % replay.requests().size())) {
				try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
					for (SqlCapture.Param p : statement.params()) {
						bind(ps, p);
					}
					if (ps.execute()) {
						try (ResultSet rs = ps.getResultSet()) {
							int columns = rs.getMetaData().getColumnCount();
							while (rs.next()) {
								for (int c = 1; c <= columns; c++) {
									rs.getObject(c);
								}
								rows++;
							}
						}
					}
				}
			}
		}
		finally {
			connection.rollback();
		}
		return rows;
	}

	private void bind(PreparedStatement ps, SqlCapture.Param p) throws SQLException {
		int i = p.index();
		String v = p.value();
		if (v == null) {
			ps.setNull(i, sqlType(p.type()));
			return;
		}
		if (v.matches("\\[[-0-9, ]*\\]")) {
			// Hibernate binds id lists (batch fetching, "= any(?)") as one array, logged as [1, 2, 3]
			String inner = v.substring(1, v.length() - 1).trim();
			Object[] ids = inner.isEmpty() ? new Object[0]
					: Arrays.stream(inner.split(",")).map(String::trim).map(Long::valueOf).toArray();
			ps.setArray(i, ps.getConnection().createArrayOf("bigint", ids));
			return;
		}
		try {
			switch (p.type()) {
				case "BIGINT" -> ps.setLong(i, Long.parseLong(v));
				case "INTEGER", "SMALLINT", "TINYINT" -> ps.setInt(i, Integer.parseInt(v));
				case "BOOLEAN", "BIT" -> ps.setBoolean(i, Boolean.parseBoolean(v));
				case "DOUBLE", "FLOAT", "REAL" -> ps.setDouble(i, Double.parseDouble(v));
				case "NUMERIC", "DECIMAL" -> ps.setBigDecimal(i, new BigDecimal(v));
				case "DATE" -> ps.setObject(i, LocalDate.parse(v));
				case "TIMESTAMP" -> ps.setObject(i, LocalDateTime.parse(v.replace(' ', 'T')));
				case "TIMESTAMP_UTC", "TIMESTAMP_WITH_TIMEZONE" -> ps.setObject(i, OffsetDateTime.parse(v));
				case "UUID" -> ps.setObject(i, UUID.fromString(v));
				case "CHAR", "NCHAR", "VARCHAR", "NVARCHAR", "LONGVARCHAR", "LONGNVARCHAR", "LONG32VARCHAR",
						"LONG32NVARCHAR", "CLOB", "NCLOB" ->
					ps.setString(i, v);
				default -> bindUntyped(ps, i, v);
			}
		}
		catch (RuntimeException notThatType) {
			bindUntyped(ps, i, v);
		}
	}

	/** A value of a type the bench does not know: PostgreSQL infers it from the statement. */
	private void bindUntyped(PreparedStatement ps, int i, String v) throws SQLException {
		if (postgres) {
			ps.setObject(i, v, Types.OTHER);
		}
		else {
			ps.setString(i, v);
		}
	}

	private static int sqlType(String name) {
		try {
			return JDBCType.valueOf(name).getVendorTypeNumber();
		}
		catch (IllegalArgumentException unknown) {
			return Types.OTHER;
		}
	}

	// ---- measuring ----------------------------------------------------------------------------------

	Result run(Scenario scenario, int n, int concurrency, int maxSeconds) throws InterruptedException {
		Work work = scenario.isDatabase() ? (worker, i) -> replay(scenario.replay(), worker, i)
				: (worker, i) -> httpGet(scenario.path().apply(i));
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
			int worker = t;
			pool.execute(() -> {
				while (failure.get() == null && System.nanoTime() < deadline) {
					int i = next.getAndIncrement();
					if (i >= n) {
						return;
					}
					try {
						long t0 = System.nanoTime();
						long received = work.perform(worker, i);
						latencies[i] = System.nanoTime() - t0;
						bytes.addAndGet(received);
						done.incrementAndGet();
					}
					catch (Failure ex) {
						failure.compareAndSet(null, ex);
						return;
					}
					catch (Exception ex) {
						failure.compareAndSet(null, new Failure(scenario.name() + " request " + i + " failed: " + ex));
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
				bytes.get() / measured, measured < n,
				cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6 / measured);
	}

	/** One GET of the measured kind; returns the body's length. */
	private long httpGet(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() / 100 != 2) {
			throw new Failure("HTTP " + response.statusCode() + " for GET " + path + ": "
					+ snippet(new String(response.body(), StandardCharsets.UTF_8)));
		}
		return response.body().length;
	}

	/** User + system CPU time of the server process so far (Linux /proc), or -1 if unknown. */
	long serverCpuNanos() {
		String[] fields = serverStat();
		if (fields == null) {
			return -1;
		}
		// after the command: state is field 3, utime and stime are fields 14 and 15 (1-based)
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1_000_000_000L / CLOCK_TICKS;
	}

	/** Seconds since the server process started (Linux /proc), or NaN if unknown. */
	double serverAgeSeconds() {
		String[] fields = serverStat();
		try {
			double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
			// starttime is field 22 (1-based), in clock ticks after boot
			return fields == null ? Double.NaN : uptime - Long.parseLong(fields[19]) / (double) CLOCK_TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** The fields of /proc/PID/stat after the command name, or null. */
	private String[] serverStat() {
		if (serverPid == null) {
			return null;
		}
		try {
			String stat = Files.readString(Path.of("/proc", serverPid.toString(), "stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** Linux's USER_HZ, the unit of /proc CPU times: 100 on every common kernel build. */
	private static final long CLOCK_TICKS = 100;

	/** Heap used after the warm-up, then after a full GC (the live data), by {@code jcmd}; a header line. */
	String heapAfterWarmUp() {
		if (serverPid == null) {
			return "";
		}
		try {
			long[] before = heapInfo();
			jcmd("GC.run");
			long[] after = heapInfo();
			return String.format(Locale.ROOT,
					"Heap after warm-up: %d MB used, %d MB after a full GC (%d MB committed; jcmd GC.heap_info)%n",
					before[1] / 1024, after[1] / 1024, after[0] / 1024);
		}
		catch (IOException | RuntimeException ex) {
			return "Heap after warm-up: unknown (" + ex.getMessage() + ")\n";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	/** The heap's committed and used KB, from {@code jcmd PID GC.heap_info}. */
	private long[] heapInfo() throws IOException, InterruptedException {
		Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(jcmd("GC.heap_info"));
		if (!m.find()) {
			throw new IllegalStateException("no heap figures in jcmd GC.heap_info");
		}
		return new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) };
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				serverPid.toString(), command)
			.redirectErrorStream(true)
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("jcmd " + command + " did not finish in 60 s");
		}
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	static double percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	// ---- output -------------------------------------------------------------------------------------

	static String table(List<Result> results) {
		StringBuilder s = new StringBuilder();
		s.append("| Scenario | Requests | Concurrency | p50 ms | p95 ms | p99 ms | max ms | Throughput req/s "
				+ "| Floor next to it req/s | × floor | DB floor req/s | × DB floor "
				+ "| Server CPU ms/req (floor's ÷ this) | Avg body | Budget |\n");
		s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (int i = 0; i < results.size(); i++) {
			Result r = results.get(i);
			Scenario scenario = r.scenario();
			boolean isFloor = scenario.isFloor();
			boolean isDatabase = scenario.isDatabase();
			double floor = isFloor ? r.throughput() : neighbouringFloor(results, i, Result::throughput);
			double floorCpu = isFloor ? r.serverCpuMs() : neighbouringFloor(results, i, Result::serverCpuMs);
			String cpu = Double.isNaN(r.serverCpuMs()) || isDatabase ? ""
					: String.format(Locale.ROOT, "%.2f", r.serverCpuMs())
							+ (isFloor ? "" : String.format(Locale.ROOT, " (%.2f)", floorCpu / r.serverCpuMs()));
			double ratio = r.throughput() / floor;
			Result database = isFloor || isDatabase ? null : results.stream()
				.filter(d -> d.scenario().name().equals(scenario.name() + SQL_SUFFIX))
				.findFirst()
				.orElse(null);
			double databaseRatio = database == null ? Double.NaN : r.throughput() / database.throughput();
			String budget;
			if (isDatabase) {
				budget = "database floor";
			}
			else if (!scenario.budgeted()) {
				budget = isFloor ? "reference" : "informational";
			}
			else {
				// The issue's budget: the database floor where one was measured, else the framework floor.
				boolean latency = r.p95() < BUDGET_P95_MS;
				double budgetRatio = database == null ? ratio : databaseRatio;
				boolean throughput = budgetRatio >= BUDGET_RATIO;
				budget = (latency && throughput ? "✅ met" : "❌ missed") + " (p95 " + (latency ? "<" : "≥") + " 50 ms, "
						+ (throughput ? "≥" : "<") + " 0.5× " + (database == null ? "floor" : "DB floor") + ")";
			}
			s.append(String.format(Locale.ROOT,
					"| %s%s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %s | %s | %s | %s | %s | %s | %s |%n",
					scenario.name(), r.truncated() ? " (time cap hit)" : "", r.requests(), r.concurrency(), r.p50(),
					r.p95(), r.p99(), r.max(), r.throughput(),
					isFloor || isDatabase ? "" : String.format(Locale.ROOT, "%.0f", floor),
					isFloor || isDatabase ? "" : String.format(Locale.ROOT, "%.2f", ratio),
					database == null ? "" : String.format(Locale.ROOT, "%.0f", database.throughput()),
					database == null ? "" : String.format(Locale.ROOT, "%.2f", databaseRatio), cpu,
					isDatabase ? r.avgBytes() + " rows" : bytes(r.avgBytes()), budget));
		}
		s.append("\nScenarios:\n\n");
		results.stream().map(Result::scenario).distinct().forEach(scenario -> s.append("- `")
			.append(scenario.name())
			.append("`: ")
			.append(scenario.description())
			.append('\n'));
		return s.toString();
	}

	/** The mean of a figure of the floors measured nearest before and after result {@code i}. */
	static double neighbouringFloor(List<Result> results, int i, java.util.function.ToDoubleFunction<Result> figure) {
		List<Result> next = new ArrayList<>();
		for (int step : new int[] { -1, 1 }) {
			for (int j = i + step; j >= 0 && j < results.size(); j += step) {
				if (results.get(j).scenario().isFloor()) {
					next.add(results.get(j));
					break;
				}
			}
		}
		return next.stream().mapToDouble(figure).average().orElse(Double.NaN);
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

	/**
	 * Waits until {@code /actuator/health} answers 200, polling every 100 ms; returns the server process's
	 * age at that moment (its start-up time) when its pid is known, else NaN.
	 */
	double awaitHealthy(int seconds) throws InterruptedException {
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
					return serverAgeSeconds();
				}
				last = "HTTP " + response.statusCode();
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			Thread.sleep(100);
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
