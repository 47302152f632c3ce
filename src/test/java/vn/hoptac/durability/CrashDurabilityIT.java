package vn.hoptac.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged write is lost in a crash: the built jar runs on a fresh data directory (embedded
 * database, demo mode), several clients create agreements through the API, the process is killed with
 * SIGKILL while they write, restarted on the same directory, and every agreement that was answered 201
 * must be there with its parties and its audit row. Runs in {@code ./mvnw verify} after the jar is
 * packaged. {@code -Dcrash.server.args=...} passes extra arguments to the server (e.g. another
 * {@code --spring.datasource.url}, to see the test fail without durable commits).
 */
class CrashDurabilityIT {

	private static final int CLIENTS = 4;

	private static final int ROUNDS = Integer.getInteger("crash.rounds", 2);

	private static final long WRITE_MILLIS = 5_000;

	@TempDir
	Path dataDir;

	@Test
	void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
		Path log = Files.createDirectories(Path.of("target", "crash-durability")).resolve("server.log");
		Files.deleteIfExists(log);
		String[] arguments = serverArguments();
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		ServerProcess server = ServerProcess.start(dataDir, log, arguments);
		try {
			Parties parties = Parties.lookUp(new HttpApi(server, "thainguyen"));
			for (int round = 1; round <= ROUNDS; round++) {
				int before = acknowledged.size();
				writeUntilKilled(server, parties, acknowledged);
				System.out.printf("round %d: %d writes acknowledged before SIGKILL%n", round, acknowledged.size() - before);
				server = ServerProcess.start(dataDir, log, arguments);
				List<Long> lost = lost(server, acknowledged, parties);
				assertThat(lost).as("acknowledged agreements lost after SIGKILL in round %d (of %d acknowledged so far)",
						round, acknowledged.size()).isEmpty();
			}
			assertThat(acknowledged).as("writes acknowledged before the kills").hasSizeGreaterThan(CLIENTS * ROUNDS);
		}
		finally {
			server.stop();
		}
	}

	private static String[] serverArguments() {
		String extra = System.getProperty("crash.server.args", "").trim();
		return extra.isEmpty() ? new String[0] : extra.split("\\s+");
	}

	/**
	 * Clients create agreements as fast as they are answered; after a while the server is killed the
	 * moment a write has been acknowledged, as a crash would catch it: a commit the database still held
	 * in memory would be lost.
	 */
	private static void writeUntilKilled(ServerProcess server, Parties parties, Set<Long> acknowledged)
			throws Exception {
		HttpApi officer = new HttpApi(server, "thainguyen");
		AtomicBoolean armed = new AtomicBoolean();
		CountDownLatch killed = new CountDownLatch(1);
		Runnable killOnce = () -> {
			synchronized (killed) {
				if (killed.getCount() > 0) {
					killQuietly(server);
					killed.countDown();
				}
			}
		};
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int i = 0; i < CLIENTS; i++) {
			clients.submit(() -> {
				while (killed.getCount() > 0) {
					try {
						HttpResponse<String> response = officer.post("/api/v1/agreements", parties.newAgreement());
						if (response.statusCode() == 201) {
							acknowledged.add(((Number) JsonPath.read(response.body(), "$.id")).longValue());
							if (armed.get()) {
								killOnce.run();
							}
						}
					}
					catch (IOException serverGone) {
						return null;
					}
				}
				return null;
			});
		}
		Thread.sleep(WRITE_MILLIS);
		armed.set(true);
		if (!killed.await(60, TimeUnit.SECONDS)) {
			killOnce.run();
		}
		clients.shutdown();
		assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
	}

	private static void killQuietly(ServerProcess server) {
		try {
			server.kill();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The acknowledged agreements missing after the restart, or found without their parties or audit row. */
	private static List<Long> lost(ServerProcess server, Set<Long> acknowledged, Parties parties) throws Exception {
		HttpApi officer = new HttpApi(server, "thainguyen");
		HttpApi admin = new HttpApi(server, "admin");
		List<Long> lost = new ArrayList<>();
		for (long id : acknowledged) {
			HttpResponse<String> record = officer.get("/api/v1/agreements/" + id);
			HttpResponse<String> audit = admin.get("/api/v1/audit?entity=agreement&entityId=" + id);
			boolean kept = record.statusCode() == 200 && parties.named(record.body()) && audit.statusCode() == 200
					&& JsonPath.<List<String>>read(audit.body(), "$.items[*].action").contains("CREATED");
			if (!kept) {
				lost.add(id);
			}
		}
		return lost;
	}

	/** The two parties of every agreement written: Thái Nguyên and Gyeongsangbuk. */
	private record Parties(long vietnamese, long foreign) {

		static Parties lookUp(HttpApi api) throws Exception {
			return new Parties(localityId(api, "VN-19"), localityId(api, "KR-37"));
		}

		private static long localityId(HttpApi api, String code) throws Exception {
			String body = api.get("/api/v1/localities?q=" + code + "&size=200").body();
			List<Number> ids = JsonPath.read(body, "$.items[?(@.code == '" + code + "')].id");
			assertThat(ids).as("locality %s", code).hasSize(1);
			return ids.get(0).longValue();
		}

		String newAgreement() {
			return """
					{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
					 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
				.formatted(UUID.randomUUID(), vietnamese, foreign);
		}

		boolean named(String agreement) {
			List<String> sides = JsonPath.read(agreement, "$.parties[*].side");
			return sides.size() == 2 && sides.containsAll(List.of("VN", "FOREIGN"))
					&& names(agreement, vietnamese) && names(agreement, foreign);
		}

		private static boolean names(String agreement, long locality) {
			return Pattern.compile("\"id\":\\s*" + locality + "\\b").matcher(agreement).find();
		}

	}

}
