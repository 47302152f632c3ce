package vn.hoptac.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The built jar ({@code target/hoptac.jar}) running as a separate process on a data directory, in demo
 * mode, on a free loopback port; its output goes to a log file next to the data directory.
 */
final class ServerProcess {

	/** Startups are slow on a loaded 2-core machine: the first one migrates and loads the demo data. */
	private static final Duration STARTUP_LIMIT = Duration.ofMinutes(6);

	private final Process process;

	private final int port;

	private final Path log;

	private ServerProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the jar on {@code dataDir} and returns once it accepts traffic (demo accounts included). */
	static ServerProcess start(Path dataDir, Path log, String... extraArguments) throws Exception {
		Path jar = Path.of(System.getProperty("hoptac.jar", "target/hoptac.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build it with ./mvnw package");
		}
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
				// readiness turns to ACCEPTING_TRAFFIC only after the demo data and accounts are in
				"--management.endpoint.health.probes.enabled=true"));
		command.addAll(List.of(extraArguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("HOPTAC_"));
		builder.environment().put("HOPTAC_DATA_DIR", dataDir.toString());
		builder.environment().put("HOPTAC_DEMO", "true");
		builder.environment().put("PORT", Integer.toString(port));
		ServerProcess server = new ServerProcess(builder.start(), port, log);
		server.awaitReady();
		return server;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	long pid() {
		return process.pid();
	}

	/** SIGKILL on Linux: no shutdown hook, no database close. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** SIGTERM: a graceful shutdown. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

	private void awaitReady() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest readiness = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(10))
			.build();
		Instant deadline = Instant.now().plus(STARTUP_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> response = client.send(readiness, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		kill();
		throw new IllegalStateException("The server was not ready within " + STARTUP_LIMIT + "; see " + log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
