package vn.hoptac.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * Every fact of the groups "people" and "event" is a record with its source, and what the source
 * does not give (a date, a number) is unknown, never invented.
 */
@ApiTest
class ExchangeAndEventSeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SeedKeys keys;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(mvc).as("admin");
	}

	@Test
	void everySeededRecordIsLoadedOnceWithASource() throws Exception {
		JsonNode exchanges = read(ExchangeSeedLoader.SEED);
		JsonNode events = read(EventSeedLoader.SEED);
		assertThat(exchanges.path("exchanges")).hasSize(22);
		assertThat(events.path("events")).hasSize(30);
		assertThat(events.path("memberships")).hasSize(14);
		assertThat(events.path("awards")).hasSize(2);
		for (var table : List.of(List.of("exchange", exchanges.path("exchanges")), List.of("event", events.path("events")),
				List.of("award", events.path("awards")))) {
			for (JsonNode record : (JsonNode) table.get(1)) {
				assertThat(jdbc.sql("select count(*) from " + table.get(0) + " where title = ? and source = ?")
					.params(record.path("title").asString(), record.path("source").asString())
					.query(Long.class)
					.single()).as(record.path("ref").asString()).isEqualTo(1);
			}
		}
		assertThat(jdbc.sql("select count(*) from membership where source like '001_35b6366d42811707.txt §4.4.2%'")
			.query(Long.class)
			.single()).isEqualTo(14);
		List<String> sources = new ArrayList<>();
		exchanges.path("exchanges").forEach(e -> sources.add(e.path("source").asString()));
		assertThat(sources).allMatch(s -> s.matches("00[0-4]_[0-9a-f]{16}\\.txt §.+"));
	}

	@Test
	void eventsAddedLaterAreLoadedUnderTheirOwnMarkerKnownOnlyByTheirYear() {
		assertThat(jdbc.sql("select count(*) from demo_seed where name = ?")
			.param(EventSeedLoader.MORE)
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc.sql("select kind, start_precision, source from event where title like 'Kỷ niệm 80 năm%Ngoại giao%'")
			.query()
			.singleRow()).containsEntry("kind", "ANNIVERSARY")
			.containsEntry("start_precision", "YEAR")
			.containsEntry("source", "003_d3701e273047678f.txt §mở đầu");
	}

	@Test
	void countsKeepWhatTheSourceSaysOfThem() throws Exception {
		long students = seeded("exchange", "P1");
		api.get("/api/v1/exchanges/{id}", students)
			.andExpect(jsonPath("$.startOn").value("2015"))
			.andExpect(jsonPath("$.endOn").value("2023"))
			.andExpect(jsonPath("$.counts[0].count").value(120))
			.andExpect(jsonPath("$.counts[0].qualifier").value("MORE_THAN"))
			.andExpect(jsonPath("$.counts[0].year").doesNotExist())
			.andExpect(jsonPath("$.sourceCitations[0].locator").value("§3.2.4"));
		api.get("/api/v1/exchanges/{id}", seeded("exchange", "P6"))
			.andExpect(jsonPath("$.counts[0].qualifier").value("NEARLY"))
			.andExpect(jsonPath("$.startOn").value("2013"))
			.andExpect(jsonPath("$.endOn").doesNotExist());
		api.get("/api/v1/exchanges/{id}", seeded("exchange", "P15"))
			.andExpect(jsonPath("$.counts[*].measure", hasItem("COMPLETED")))
			.andExpect(jsonPath("$.counts[1].count").value(40));
		// no number, no date in the source: none recorded
		api.get("/api/v1/exchanges/{id}", seeded("exchange", "P3"))
			.andExpect(jsonPath("$.counts.length()").value(0))
			.andExpect(jsonPath("$.startOn").doesNotExist());
		api.get("/api/v1/exchanges/{id}", seeded("exchange", "P10"))
			.andExpect(jsonPath("$.counts[0].direction").value("OUTBOUND"))
			.andExpect(jsonPath("$.counts[0].count").value(7))
			.andExpect(jsonPath("$.counts[1].direction").value("INBOUND"))
			.andExpect(jsonPath("$.counts[1].count").value(3));
	}

	@Test
	void eventsKeepTheirScaleAsRangesAndQualifiers() throws Exception {
		api.get("/api/v1/events/{id}", seeded("event", "E14"))
			.andExpect(jsonPath("$.role").value("HOSTED"))
			.andExpect(jsonPath("$.startOn").value("2017"))
			.andExpect(jsonPath("$.figures.length()").value(4))
			.andExpect(jsonPath("$.figures[0].measure").value("ECONOMIES"))
			.andExpect(jsonPath("$.figures[0].valueMin").value(21))
			.andExpect(jsonPath("$.figures[3].qualifier").value("NEARLY"));
		api.get("/api/v1/events/{id}", seeded("event", "N23"))
			.andExpect(jsonPath("$.coversEvents").value(4))
			.andExpect(jsonPath("$.ownerProvinceId").doesNotExist())
			.andExpect(jsonPath("$.figures[0].valueMin").value(400))
			.andExpect(jsonPath("$.figures[0].valueMax").value(800))
			.andExpect(jsonPath("$.figures[1].measure").value("CONNECTIONS"))
			.andExpect(jsonPath("$.figures[1].qualifier").value("MORE_THAN"));
		api.get("/api/v1/events/{id}", seeded("event", "E27")).andExpect(jsonPath("$.startOn").doesNotExist())
			.andExpect(jsonPath("$.edition").value("6"));
	}

	@Test
	void daNangsNetworksCarryTheirRolesAndAwards() throws Exception {
		long citynet = seeded("membership", "E34");
		api.get("/api/v1/memberships/{id}", citynet)
			.andExpect(jsonPath("$.since").value("2011"))
			.andExpect(jsonPath("$.roles[0].role").value("Đăng cai Cuộc họp Ban Chấp hành CityNet lần thứ 37"))
			.andExpect(jsonPath("$.roles[0].from").value("2018"));
		api.get("/api/v1/memberships/{id}/awards", seeded("membership", "E36"))
			.andExpect(jsonPath("$.items[0].awardedOn").value("2019"));
		assertThat(jdbc.sql("select count(*) from membership where status = 'ACTIVE' and source like ?")
			.param("001_35b6366d42811707.txt §4.4.2%")
			.query(Long.class)
			.single()).isEqualTo(10);
		api.get("/api/v1/memberships?network={n}", keys.organisation("interpol"))
			.andExpect(jsonPath("$.items[0].kind").value("COOPERATION"))
			.andExpect(jsonPath("$.items[0].member.name").value("Công an thành phố Đà Nẵng"))
			.andExpect(jsonPath("$.items[0].since").doesNotExist());
	}

	/**
	 * The id of the record the seed file holds under the fact's number: found by its title and
	 * source (a membership by its network and source), which no other test writes together.
	 */
	private long seeded(String table, String ref) throws Exception {
		boolean exchange = table.equals("exchange");
		JsonNode file = read(exchange ? ExchangeSeedLoader.SEED : EventSeedLoader.SEED);
		JsonNode record = null;
		for (JsonNode candidate : file.path(exchange ? "exchanges" : table.equals("event") ? "events" : "memberships")) {
			if (candidate.path("ref").asString().equals(ref)) {
				record = candidate;
			}
		}
		assertThat(record).as(ref).isNotNull();
		if (table.equals("membership")) {
			return jdbc.sql("select id from membership where network_organisation_id = ? and source = ?")
				.params(keys.organisation(record.path("networkKey").asString()), record.path("source").asString())
				.query(Long.class)
				.single();
		}
		return jdbc.sql("select id from " + table + " where title = ? and source = ?")
			.params(record.path("title").asString(), record.path("source").asString())
			.query(Long.class)
			.single();
	}

	private JsonNode read(String path) throws Exception {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readTree(in);
		}
	}

}
