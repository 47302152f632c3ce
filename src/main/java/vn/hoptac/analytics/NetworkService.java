package vn.hoptac.analytics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.AgreementService;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.PartyLinks;

/**
 * Builds the network from the links each module reports (one grouped query per kind, under the
 * reader's access), keeps those up to a year when one is asked (lines whose records are all undated
 * then drop out), names the actors and computes their metrics.
 */
@Service
@Transactional(readOnly = true)
public class NetworkService {

	private static final Logger log = LoggerFactory.getLogger(NetworkService.class);

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final ProjectService projects;

	private final ExchangeService exchanges;

	private final DelegationService delegations;

	private final PartyDirectory directory;

	private final AsyncTaskExecutor tasks;

	NetworkService(PartnershipService partnerships, AgreementService agreements, ProjectService projects,
			ExchangeService exchanges, DelegationService delegations, PartyDirectory directory,
			@Qualifier("applicationTaskExecutor") AsyncTaskExecutor tasks) {
		this.tasks = tasks;
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.projects = projects;
		this.exchanges = exchanges;
		this.delegations = delegations;
		this.directory = directory;
	}

	/**
	 * The network of a province's records (null: all the reader may see), as it stood at the end of a
	 * year (null: today). The nation's takes seconds of both cores to measure, so it is for signed-in
	 * readers only: 401 for anyone else.
	 */
	public Network network(Long provinceId, Integer year) {
		if (provinceId == null) {
			Access.required();
		}
		PhaseTimes times = new PhaseTimes();
		Map<LinkKind, Supplier<List<PartyLinks.Link>>> queries = new EnumMap<>(LinkKind.class);
		queries.put(LinkKind.PARTNERSHIP, () -> partnerships.partyLinks(provinceId));
		queries.put(LinkKind.AGREEMENT, () -> agreements.partyLinks(provinceId));
		queries.put(LinkKind.PROJECT, () -> projects.partyLinks(provinceId));
		queries.put(LinkKind.EXCHANGE, () -> exchanges.partyLinks(provinceId));
		queries.put(LinkKind.DELEGATION, () -> delegations.partyLinks(provinceId));
		Network network = assemble(started(queries), year, times);
		log.debug("network of province {} in {}: {} actors, {} lines; {}", provinceId, year, network.nodes().size(),
				network.edges().size(), times);
		return network;
	}

	/**
	 * Each kind's grouped query started on a worker thread, in a read-only transaction of its own and
	 * with the reader's rights: the delegations' takes about as long as all the others, whose lines are
	 * folded meanwhile.
	 */
	private Map<LinkKind, CompletableFuture<List<PartyLinks.Link>>> started(
			Map<LinkKind, Supplier<List<PartyLinks.Link>>> queries) {
		Optional<Actor> reader = Access.current();
		Map<LinkKind, CompletableFuture<List<PartyLinks.Link>>> running = new EnumMap<>(LinkKind.class);
		queries.forEach((kind, query) -> running.put(kind, CompletableFuture
			.supplyAsync(() -> reader.map(actor -> Access.as(actor, query)).orElseGet(query), tasks)));
		return running;
	}

	private Network assemble(Map<LinkKind, CompletableFuture<List<PartyLinks.Link>>> links, Integer year,
			PhaseTimes times) {
		BitSet years = new BitSet();
		Lines lines = new Lines();
		// in the kinds' order, whichever query ends first, so that the lines come in the same order each time
		links.forEach((kind, rows) -> joined(rows).forEach(link -> {
			if (link.year() != null) {
				years.set(link.year());
			}
			if (year != null && (link.year() == null || link.year() > year)) {
				return;
			}
			long vn = actor(link.vnLocalityId(), link.vnOrganisationId());
			long foreign = actor(link.foreignLocalityId(), link.foreignOrganisationId());
			if (vn != foreign) {
				lines.add(vn, foreign, kind, link.records(), link.year());
			}
		}));
		times.lap("links and lines");
		PartyDirectory.Actor[] actors = readableActors(lines);
		times.lap("actors");
		// a line to an actor the reader may not read is not drawn
		boolean[] linked = new boolean[actors.length];
		int drawn = 0;
		for (int line = 0; line < lines.count(); line++) {
			if (actors[lines.vn(line)] != null && actors[lines.foreign(line)] != null) {
				linked[lines.vn(line)] = true;
				linked[lines.foreign(line)] = true;
				drawn++;
			}
		}
		// the metrics number the actors in their keys' order, so that communities come out the same each time
		Integer[] byKey = IntStream.range(0, actors.length)
			.filter(a -> linked[a])
			.boxed()
			.sorted(Comparator.comparing(a -> actors[a].key()))
			.toArray(Integer[]::new);
		int[] rank = new int[actors.length];
		List<String> keys = new ArrayList<>(byKey.length);
		for (int i = 0; i < byKey.length; i++) {
			rank[byKey[i]] = i;
			keys.add(actors[byKey[i]].key());
		}
		List<Network.Edge> edges = new ArrayList<>(drawn);
		NetworkMetrics.Ends ends = new NetworkMetrics.Ends(drawn);
		for (int line = 0; line < lines.count(); line++) {
			PartyDirectory.Actor vn = actors[lines.vn(line)];
			PartyDirectory.Actor foreign = actors[lines.foreign(line)];
			if (vn != null && foreign != null) {
				Network.Edge edge = edge(lines, line, vn.key(), foreign.key());
				edges.add(edge);
				ends.add(rank[lines.vn(line)], rank[lines.foreign(line)], edge.weight());
			}
		}
		times.lap("lines drawn");
		NetworkMetrics.Measured measured = NetworkMetrics.measure(keys, ends);
		times.lap("metrics");
		List<Network.Node> shown = new ArrayList<>(byKey.length);
		for (int i = 0; i < byKey.length; i++) {
			PartyDirectory.Actor actor = actors[byKey[i]];
			shown.add(new Network.Node(actor.key(), actor.names().current(), actor.pillar(), actor.country(),
					measured.score(i).rounded()));
		}
		shown.sort(Comparator.comparing((Network.Node n) -> -n.metrics().pageRank()).thenComparing(Network.Node::id));
		times.lap("nodes");
		return new Network(shown, edges, years.stream().boxed().toList(), measured.betweennessEstimated(),
				measured.betweennessSources());
	}

	/** The actors of the lines by their numbers, named in the reader's language; null where the reader may not read one. */
	private PartyDirectory.Actor[] readableActors(Lines lines) {
		Set<Long> localityIds = new HashSet<>();
		Set<Long> organisationIds = new HashSet<>();
		for (int a = 0; a < lines.actorCount(); a++) {
			long actor = lines.actor(a);
			((actor & 1) == 0 ? localityIds : organisationIds).add(actor >> 1);
		}
		Map<String, PartyDirectory.Actor> readable = directory.readableActors(localityIds, organisationIds);
		PartyDirectory.Actor[] actors = new PartyDirectory.Actor[lines.actorCount()];
		for (int a = 0; a < actors.length; a++) {
			long actor = lines.actor(a);
			actors[a] = readable.get((actor & 1) == 0 ? key(actor >> 1, null) : key(null, actor >> 1));
		}
		return actors;
	}

	/** The query's rows, or what it threw. */
	private static List<PartyLinks.Link> joined(CompletableFuture<List<PartyLinks.Link>> query) {
		try {
			return query.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}

	/**
	 * An actor as a number, a locality's id doubled or an organisation's doubled plus one; the
	 * locality when a record names both (the organisation acts for it).
	 */
	private static long actor(Long localityId, Long organisationId) {
		return localityId != null ? localityId << 1 : organisationId << 1 | 1;
	}

	static String key(Long localityId, Long organisationId) {
		return PartyDirectory.Selection.key(localityId, organisationId);
	}

	private static Network.Edge edge(Lines lines, int line, String source, String target) {
		Map<LinkKind, Long> kinds = new EnumMap<>(LinkKind.class);
		Set<Flow> flows = EnumSet.noneOf(Flow.class);
		for (LinkKind kind : LinkKind.values()) {
			long records = lines.records(line, kind);
			if (records > 0) {
				kinds.put(kind, records);
				flows.add(kind.flow());
			}
		}
		return new Network.Edge(source, target, lines.records(line), lines.firstYear(line), kinds, flows);
	}

	/** Milliseconds spent in each phase of building a network, for the debug log. */
	private static final class PhaseTimes {

		private final StringBuilder laps = new StringBuilder();

		private long start = System.nanoTime();

		void lap(String phase) {
			long now = System.nanoTime();
			laps.append(laps.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - start) / 1_000_000).append(" ms");
			start = now;
		}

		@Override
		public String toString() {
			return laps.toString();
		}

	}

}
