package vn.hoptac.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.geo.LocalityService;

/**
 * Resolves the keys of the demo seed files ({@code "organisation": "koica"}, {@code "partnership":
 * "danang-daegu"}, a locality code) to the ids of the records the files created, so that a later seed
 * file can refer to the records of an earlier one. The database keeps no seed keys: each key is
 * read from the files under {@code db/demo/} and found again by what identifies its record there (an
 * organisation by country and Vietnamese name, a partnership by title).
 */
@Component
class SeedKeys {

	static final String SEED_FILES = "classpath*:db/demo/*.json";

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final LocalityService localities;

	private volatile Index index;

	SeedKeys(JsonMapper json, JdbcClient jdbc, LocalityService localities) {
		this.json = json;
		this.jdbc = jdbc;
		this.localities = localities;
	}

	/** The id of the organisation a seed file names {@code key}; null for no key. */
	Long organisation(String key) {
		if (key == null) {
			return null;
		}
		OrganisationKey organisation = required(index().organisations(), key, "organisation");
		return jdbc.sql("select min(id) from organisation where country = ? and name_vi = ?")
			.params(organisation.country(), organisation.nameVi())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> notLoaded("organisation", key));
	}

	/** The id of the partnership a seed file names {@code key}; null for no key. */
	Long partnership(String key) {
		if (key == null) {
			return null;
		}
		String title = required(index().partnerships(), key, "partnership");
		return jdbc.sql("select min(id) from partnership where title = ?")
			.param(title)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> notLoaded("partnership", key));
	}

	/** The id of the agreement a seed file names {@code key}; null for no key. */
	Long agreement(String key) {
		if (key == null) {
			return null;
		}
		String title = required(index().agreements(), key, "agreement");
		return jdbc.sql("select min(id) from agreement where title = ?")
			.param(title)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> notLoaded("agreement", key));
	}

	/** The id of the locality with this code; null for no code. */
	Long locality(String code) {
		return code == null ? null : localities.getByCode(code).getId();
	}

	private static <V> V required(Map<String, V> keys, String key, String kind) {
		V value = keys.get(key);
		if (value == null) {
			throw new IllegalArgumentException("No " + kind + " has the seed key '" + key + "' in " + SEED_FILES);
		}
		return value;
	}

	private static IllegalStateException notLoaded(String kind, String key) {
		return new IllegalStateException("The " + kind + " of seed key '" + key + "' is not in the database");
	}

	private Index index() {
		Index current = index;
		if (current == null) {
			current = read();
			index = current;
		}
		return current;
	}

	private Index read() {
		Map<String, OrganisationKey> organisations = new HashMap<>();
		Map<String, String> partnerships = new HashMap<>();
		Map<String, String> agreements = new HashMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(SEED_FILES)) {
				JsonNode seed;
				try (InputStream in = file.getInputStream()) {
					seed = json.readTree(in);
				}
				for (JsonNode o : seed.path("organisations")) {
					put(organisations, o.path("key").asString(),
							new OrganisationKey(o.path("country").asString(), o.path("nameVi").asString()), file);
				}
				for (JsonNode p : seed.path("partnerships")) {
					put(partnerships, p.path("key").asString(), p.path("titleVi").asString(), file);
				}
				for (JsonNode a : seed.path("agreements")) {
					put(agreements, a.path("key").asString(), a.path("title").asString(), file);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Index(Map.copyOf(organisations), Map.copyOf(partnerships), Map.copyOf(agreements));
	}

	private static <V> void put(Map<String, V> keys, String key, V value, Resource file) {
		if (keys.putIfAbsent(key, value) != null) {
			throw new IllegalStateException("Seed key '" + key + "' is used twice (" + file.getFilename() + ")");
		}
	}

	private record OrganisationKey(String country, String nameVi) {
	}

	private record Index(Map<String, OrganisationKey> organisations, Map<String, String> partnerships,
			Map<String, String> agreements) {
	}

}
