package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.hoptac.RowCounts;

/**
 * Fuzzes every write endpoint that the OpenAPI document lists, over real HTTP: nulls inside lists,
 * over-long strings, wrong JSON types, unknown enum values, impossible dates and absurd years,
 * unknown fields, bodies that are not JSON or are 5 MB, and malformed ids in the path. No answer
 * may be a 5xx, every 4xx is a problem ({@code application/problem+json}), and a refused request
 * writes nothing (row counts of every table, audit trail included). Seeded, so every run sends the
 * same requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.Tag("database")
class WriteEndpointFuzzTests {

	private static final long SEED = 8;

	/** Mutations tried per endpoint, drawn from all of them; bounds the run to well under a minute. */
	private static final int MUTATIONS_PER_ENDPOINT = 40;

	private static final int FIVE_MEGABYTES = 5 * 1024 * 1024;

	private static final List<String> MALFORMED_IDS = List.of("abc", "1.5", "-1", "0x10", "1e3",
			"99999999999999999999", "%20", "%2F1", "1%3B2", "null", "%E2%80%8B1");

	private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Random random = new Random(SEED);

	private final List<String> findings = new ArrayList<>();

	private JsonNode document;

	private String authorization;

	private int sent;

	private int lastStatus;

	@Test
	void noWriteEndpointAnswersBadInputWithA5xxOrWritesAnything() throws Exception {
		authorization = "Bearer " + issueToken();
		document = json.readTree(send("GET", "/v3/api-docs", null).body());
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (WRITES.contains(operation.getKey())) {
					fuzz(operation.getKey().toUpperCase(), path.getKey(), operation.getValue());
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(300);
		assertThat(findings).isEmpty();
	}

	private void fuzz(String method, String endpoint, JsonNode operation) throws Exception {
		String template = endpoint.replace("{position}", "0") // the first action of an agreement
			.replace("{kind}", "annual"); // a report's kind
		String path = template.replace("{id}", String.valueOf(safeId(template)));
		String mediaType = requestMediaType(operation);
		if (mediaType != null && !mediaType.contains("json")) {
			for (String body : textBodyMistakes()) {
				check(method, path, body, mediaType);
			}
			return;
		}
		JsonNode schema = requestSchema(operation);
		JsonNode valid = schema == null ? null : example(schema, 0);
		for (String id : MALFORMED_IDS) {
			if (template.contains("{id}")) {
				check(method, template.replace("{id}", id), valid == null ? null : valid.toString());
				if (lastStatus < 400) {
					findings.add(lastStatus + " for the malformed id " + id + " in " + method + " " + template);
				}
			}
		}
		if (schema == null) {
			return;
		}
		List<String> bodies = new ArrayList<>();
		mutations(schema, valid, body -> {
			bodies.add(body);
			return null;
		});
		Collections.shuffle(bodies, random);
		for (String body : bodies.subList(0, Math.min(MUTATIONS_PER_ENDPOINT, bodies.size()))) {
			check(method, path, body);
		}
		for (String body : wholeBodyMistakes(valid)) {
			check(method, path, body);
		}
	}

	/** Text bodies (a CSV upload) wrong as a whole or in a row: never a 5xx, and a refusal writes nothing. */
	private static List<String> textBodyMistakes() {
		String header = "currency,year,vnd_per_unit,kind,source\n";
		return List.of("", "not csv", "\"unterminated,quote\n", "a,b\n\"x", "\u0000\u0001\u00ff", "x".repeat(FIVE_MEGABYTES),
				header, header + "JPY,1908,1,ANNUAL_AVERAGE," + "x".repeat(FIVE_MEGABYTES) + "\n",
				header + "JPY,1908,1e400,ANNUAL_AVERAGE,s\n", header + "JPY,99999999999,1,ANNUAL_AVERAGE,s\n",
				header + "JPY,1908,1,ANNUAL_AVERAGE,s\nJPY,1908,2,ANNUAL_AVERAGE,s\n",
				header + "jpy,1908,0.0000001,annual_average,s\n", header + "VND,1908,1,ANNUAL_AVERAGE,s\n",
				header + ",,,,\n" + "JPY,1908\n");
	}

	/** Bodies wrong as a whole: not JSON, not an object, 5 MB of text in a field, a 5 MB list. */
	private List<String> wholeBodyMistakes(JsonNode valid) {
		List<String> bodies = new ArrayList<>(List.of("", "{", "not json", "null", "[]", "42", "{}{}",
				"{\"a\":1,\"a\":2}"));
		String huge = "x".repeat(FIVE_MEGABYTES);
		ObjectNode withHugeText = (ObjectNode) valid.deepCopy();
		Iterator<String> names = withHugeText.propertyNames().iterator();
		String first = names.hasNext() ? names.next() : "title";
		withHugeText.put(first, huge);
		bodies.add(withHugeText.toString());
		bodies.add("[" + "1,".repeat(FIVE_MEGABYTES / 2) + "1]");
		return bodies;
	}

	/** Each mistake applied alone to an otherwise plausible body, at every place the schema has. */
	private void mutations(JsonNode schema, JsonNode body, Function<String, Void> out) {
		mutate(schema, body, body, out, 0);
		ObjectNode unknown = (ObjectNode) body.deepCopy();
		unknown.put("unknownField" + random.nextInt(100), "x");
		out.apply(unknown.toString());
	}

	private void mutate(JsonNode schema, JsonNode root, JsonNode node, Function<String, Void> out, int depth) {
		schema = resolve(schema);
		if (depth > 4 || !(node instanceof ObjectNode object) || schema.get("properties") == null) {
			return;
		}
		for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
			String name = property.getKey();
			JsonNode propertySchema = resolve(property.getValue());
			JsonNode original = object.get(name);
			for (JsonNode wrong : wrongValues(propertySchema)) {
				object.set(name, wrong);
				out.apply(root.toString());
			}
			object.set(name, original);
			if (original instanceof ObjectNode) {
				mutate(propertySchema, root, original, out, depth + 1);
			}
			if (original instanceof ArrayNode array && !array.isEmpty() && propertySchema.get("items") != null) {
				mutate(propertySchema.get("items"), root, array.get(0), out, depth + 1);
			}
		}
	}

	private List<JsonNode> wrongValues(JsonNode schema) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		String type = schema.path("type").asString("object");
		List<JsonNode> wrong = new ArrayList<>(List.of(nodes.objectNode(), nodes.arrayNode().add(nodes.nullNode())));
		switch (type) {
			case "string" -> {
				int max = schema.path("maxLength").asInt(60_000);
				wrong.add(nodes.stringNode("x".repeat(max + 1)));
				wrong.add(nodes.stringNode("2025-02-30"));
				wrong.add(nodes.stringNode("99999-01-01"));
				wrong.add(nodes.stringNode("0001"));
				wrong.add(nodes.stringNode("NOT_A_VALUE"));
				wrong.add(nodes.numberNode(7));
				wrong.add(nodes.booleanNode(true));
			}
			case "integer", "number" -> {
				wrong.add(nodes.stringNode("abc"));
				wrong.add(nodes.numberNode(1.5));
				wrong.add(nodes.stringNode("99999999999999999999999"));
				wrong.add(nodes.numberNode(new java.math.BigInteger("99999999999999999999999")));
				wrong.add(nodes.numberNode(-1));
				wrong.add(nodes.booleanNode(false));
			}
			case "boolean" -> {
				wrong.add(nodes.stringNode("maybe"));
				wrong.add(nodes.numberNode(2));
			}
			case "array" -> {
				wrong.set(1, nodes.stringNode("x"));
				JsonNode item = example(resolve(schema.get("items")), 1);
				wrong.add(nodes.arrayNode().add(nodes.nullNode()));
				wrong.add(nodes.arrayNode().add(item).add(nodes.nullNode()));
				wrong.add(nodes.arrayNode().add(nodes.stringNode("NOT_A_VALUE")));
			}
			default -> {
				wrong.set(0, nodes.stringNode("x"));
				wrong.add(nodes.arrayNode());
				wrong.add(nodes.numberNode(3));
			}
		}
		return wrong;
	}

	/** A body of the schema's shape with ordinary values: the starting point of each mutation. */
	private JsonNode example(JsonNode schema, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		schema = resolve(schema);
		if (schema.get("enum") != null) {
			return schema.get("enum").get(0);
		}
		return switch (schema.path("type").asString("object")) {
			case "string" -> nodes.stringNode("date".equals(schema.path("format").asString()) ? "2020-05-17" : "Thử");
			case "integer", "number" -> nodes.numberNode(1);
			case "boolean" -> nodes.booleanNode(true);
			case "array" -> depth > 3 ? nodes.arrayNode()
					: nodes.arrayNode().add(example(schema.get("items"), depth + 1));
			default -> {
				ObjectNode object = nodes.objectNode();
				if (depth <= 3 && schema.get("properties") != null) {
					for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
						if (!property.getValue().path("readOnly").asBoolean(false)) {
							object.set(property.getKey(), example(property.getValue(), depth + 1));
						}
					}
				}
				yield object;
			}
		};
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema != null && schema.get("$ref") != null) {
			String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			return resolve(document.get("components").get("schemas").get(name));
		}
		return schema == null ? JsonNodeFactory.instance.objectNode() : schema;
	}

	private static String requestMediaType(JsonNode operation) {
		JsonNode content = operation.path("requestBody").path("content");
		return content.isMissingNode() || content.isEmpty() ? null : content.propertyNames().iterator().next();
	}

	private static JsonNode requestSchema(JsonNode operation) {
		JsonNode content = operation.path("requestBody").path("content");
		return content.isMissingNode() || content.isEmpty() ? null : content.properties().iterator().next().getValue().get("schema");
	}

	/**
	 * An id whose record a successful mutation may change: always a record made for this test (a
	 * fresh user, a copy of a listed record through its own GET/POST round trip), so that the data
	 * other tests share with this one (demo accounts, seed records) stays as it was.
	 */
	private long safeId(String template) throws Exception {
		if (!template.contains("{id}")) {
			return 0;
		}
		String collection = template.substring(0, template.indexOf("/{id}"));
		if (collection.endsWith("/tokens")) {
			return Long.MAX_VALUE;
		}
		if (collection.endsWith("/users")) {
			return created(collection, """
					{"username": "fuzz-%d", "displayName": "Fuzz target", "role": "PARTNER",
					 "password": "fuzz-target-password"}""".formatted(sent + random.nextInt(1_000_000)));
		}
		JsonNode list = json.readTree(send("GET", collection + "?size=1", null).body());
		JsonNode items = list.isArray() ? list : list.path("items");
		if (items.isEmpty()) {
			return 1;
		}
		ObjectNode copy = (ObjectNode) json.readTree(send("GET", collection + "/" + items.get(0).get("id").asLong(), null).body());
		// a copy is no seed record, and nobody outside the test sees it
		if (copy.has("source")) {
			copy.put("source", "fuzz test copy");
		}
		if (copy.has("visibility")) {
			copy.put("visibility", "INTERNAL");
		}
		if (collection.endsWith("partnerships")) {
			copy.put("duplicateIntended", true); // a copy of a partnership is one between the same parties
		}
		if (collection.endsWith("reviews")) {
			// a partnership has one review a period: the copy reviews an earlier year, one no test uses
			copy.put("periodYear", 1901 + random.nextInt(80));
		}
		if (copy.has("code")) {
			copy.put("code", "FZ-" + (sent + random.nextInt(1_000_000)));
		}
		// the copy's rows (an indicator's periods) are new rows, not the original's
		copy.forEach(field -> field.forEach(row -> {
			if (row instanceof ObjectNode object) {
				object.remove("id");
			}
		}));
		if (collection.endsWith("/ngos")) {
			return createdInAnotherProvince(collection, copy);
		}
		return created(collection, copy.toString());
	}

	/** A province keeps one file per NGO: the copy is the first province's that has none yet. */
	private long createdInAnotherProvince(String collection, ObjectNode copy) throws Exception {
		JsonNode provinces = json.readTree(send("GET", "/api/v1/localities?country=VN&type=PROVINCE&size=100", null).body());
		for (JsonNode province : provinces.path("items")) {
			copy.put("vnLocalityId", province.get("id").asLong());
			HttpResponse<String> response = send("POST", collection, copy.toString());
			if (response.statusCode() == 201) {
				counts = null;
				return json.readTree(response.body()).get("id").asLong();
			}
		}
		throw new IllegalStateException("every province has a file on the NGO copied");
	}

	private long created(String collection, String body) throws Exception {
		HttpResponse<String> response = send("POST", collection, body);
		assertThat(response.statusCode()).as("copy for " + collection + ": " + abbreviated(response.body())).isEqualTo(201);
		counts = null;
		return json.readTree(response.body()).get("id").asLong();
	}

	/** Row counts after the last request: a refused request must leave them as they are. */
	private Map<String, Long> counts;

	private void check(String method, String path, String body) throws Exception {
		check(method, path, body, "application/json");
	}

	private void check(String method, String path, String body, String contentType) throws Exception {
		Map<String, Long> before = counts == null ? RowCounts.of(jdbc) : counts;
		HttpResponse<String> response = send(method, path, body, contentType);
		sent++;
		int status = response.statusCode();
		lastStatus = status;
		String type = response.headers().firstValue("Content-Type").orElse("");
		String request = method + " " + path + " " + abbreviated(body);
		if (status >= 500) {
			findings.add(status + " for " + request + ": " + abbreviated(response.body()));
		}
		else if (status >= 400) {
			if (!type.startsWith("application/problem+json")) {
				findings.add(status + " as " + type + " for " + request + ": " + abbreviated(response.body()));
			}
		}
		counts = RowCounts.of(jdbc);
		if (status >= 400 && !counts.equals(before)) {
			findings.add("refused " + request + " wrote: " + before + " -> " + counts);
		}
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		return send(method, path, body, "application/json");
	}

	private HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException closed) {
			// the server may close a kept-alive connection after refusing a request while the client is
			// already writing the next one on it: that one goes again on a new connection, and its
			// answer and the row counts are checked as any other
			HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			try {
				return fresh.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (java.io.IOException again) {
				throw new java.io.IOException(method + " " + path + " " + abbreviated(body), again);
			}
		}
	}

	private String issueToken() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/account/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"fuzz\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		Map<String, Object> token = new LinkedHashMap<>(json.readValue(issued.body(), Map.class));
		return String.valueOf(token.get("secret"));
	}

	private static String abbreviated(String text) {
		return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
	}

}
