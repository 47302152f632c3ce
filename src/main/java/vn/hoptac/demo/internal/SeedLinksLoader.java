package vn.hoptac.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import vn.hoptac.delegations.DelegationService;
import vn.hoptac.events.EventService;

/**
 * Loads {@code db/demo/links.json}: the links between records of different seed files that the
 * sources state (the delegations of fact D8 attended the event E3; the events E9 and E10 belong to
 * the projects of facts M49 and M48), once, through the services (checked, versioned, audited),
 * after the files that hold those records; its own marker lets databases seeded before it get the
 * links too. Records are found by the titles their seed files give them; one a user has since
 * renamed or deleted is left alone.
 */
@Component
@Order(5)
class SeedLinksLoader implements ApplicationRunner {

	static final String SEED = "db/demo/links.json";

	private static final Logger log = LoggerFactory.getLogger(SeedLinksLoader.class);

	private final SeedOnce once;

	private final SeedRecords records;

	private final JdbcClient jdbc;

	private final DelegationService delegations;

	private final EventService events;

	SeedLinksLoader(SeedOnce once, SeedRecords records, JdbcClient jdbc, DelegationService delegations,
			EventService events) {
		this.once = once;
		this.records = records;
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.events = events;
	}

	record Links(List<DelegationEvent> delegationEvents, List<EventProject> eventProjects) {
	}

	/** The delegations of a seed fact and the event they attended or held. */
	record DelegationEvent(String delegationFact, String eventRef, String source) {
	}

	/** An event and the project of a seed fact it belongs to. */
	record EventProject(String eventRef, String projectFact, String source) {
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> load(records.read(SEED, Links.class)));
	}

	private void load(Links links) {
		Map<String, List<String>> eventTitles = titles(EventSeedLoader.SEED, "events", "ref");
		Map<String, List<String>> delegationTitles = titles(DelegationSeedLoader.SEED, "delegations", "fact");
		Map<String, List<String>> projectTitles = titles(ProjectsSeedLoader.SEED, "projects", "fact");
		for (DelegationEvent link : links.delegationEvents()) {
			for (Long event : ids("event", eventTitles.get(link.eventRef()))) {
				for (Long delegation : ids("delegation", delegationTitles.get(link.delegationFact()))) {
					delegations.attendEvent(delegation, event, version("delegation", delegation));
				}
			}
		}
		for (EventProject link : links.eventProjects()) {
			for (Long project : ids("project", projectTitles.get(link.projectFact()))) {
				for (Long event : ids("event", eventTitles.get(link.eventRef()))) {
					events.belongToProject(event, project, version("event", event));
				}
			}
		}
	}

	/** The titles of a seed file's records, by the fact or reference that names them. */
	private Map<String, List<String>> titles(String file, String collection, String name) {
		JsonNode seed = records.read(file, JsonNode.class);
		return StreamSupport.stream(seed.get(collection).spliterator(), false)
			.filter(node -> node.hasNonNull(name))
			.collect(Collectors.groupingBy(node -> node.get(name).asString(),
					Collectors.mapping(node -> node.get("title").asString(), Collectors.toList())));
	}

	/** The ids of the records with these titles in the table; one no longer there is skipped. */
	private List<Long> ids(String table, List<String> titles) {
		if (titles == null) {
			throw new IllegalStateException("A link of " + SEED + " names no record of its " + table + " seed file");
		}
		List<Long> found = jdbc.sql("select id from " + table + " where title in (:titles) order by id")
			.param("titles", titles)
			.query(Long.class)
			.list();
		if (found.size() < titles.size()) {
			log.info("Demo seed {}: {} of {} {} records found by title", SEED, found.size(), titles.size(), table);
		}
		return found;
	}

	private long version(String table, long id) {
		return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
	}

}
