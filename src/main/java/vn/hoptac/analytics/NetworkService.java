package vn.hoptac.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.AgreementService;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.Access;
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

	NetworkService(PartnershipService partnerships, AgreementService agreements, ProjectService projects,
			ExchangeService exchanges, DelegationService delegations, PartyDirectory directory) {
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
		Map<LinkKind, List<PartyLinks.Link>> links = new EnumMap<>(LinkKind.class);
		links.put(LinkKind.PARTNERSHIP, partnerships.partyLinks(provinceId));
		links.put(LinkKind.AGREEMENT, agreements.partyLinks(provinceId));
		links.put(LinkKind.PROJECT, projects.partyLinks(provinceId));
		links.put(LinkKind.EXCHANGE, exchanges.partyLinks(provinceId));
		links.put(LinkKind.DELEGATION, delegations.partyLinks(provinceId));
		times.lap("links");
		Network network = assemble(links, year, times);
		log.debug("network of province {} in {}: {} actors, {} lines; {}", provinceId, year, network.nodes().size(),
				network.edges().size(), times);
		return network;
	}

	private Network assemble(Map<LinkKind, List<PartyLinks.Link>> links, Integer year, PhaseTimes times) {
		Set<Integer> years = new TreeSet<>();
		// keyed by the two actors as numbers: a national network adds some hundred thousand links
		Map<ActorPair, EdgeBuilder> edges = new LinkedHashMap<>();
		Set<Long> localityIds = new HashSet<>();
		Set<Long> organisationIds = new HashSet<>();
		links.forEach((kind, rows) -> rows.forEach(link -> {
			if (link.year() != null) {
				years.add(link.year());
			}
			if (year != null && (link.year() == null || link.year() > year)) {
				return;
			}
			ActorPair pair = new ActorPair(
					actor(link.vnLocalityId(), link.vnOrganisationId(), localityIds, organisationIds),
					actor(link.foreignLocalityId(), link.foreignOrganisationId(), localityIds, organisationIds));
			if (pair.vn() != pair.foreign()) {
				edges.computeIfAbsent(pair, ActorPair::edge).add(kind, link);
			}
		}));
		times.lap("lines");
		Map<String, PartyDirectory.Actor> actors = directory.readableActors(localityIds, organisationIds);
		times.lap("actors");
		Map<String, Network.Node> nodes = new LinkedHashMap<>();
		actors.values().forEach(actor -> nodes.put(actor.key(), new Network.Node(actor.key(),
				actor.names().current(), actor.pillar(), actor.country(), null)));
		// a line to an actor the reader may not read is not drawn
		List<Network.Edge> kept = edges.values()
			.stream()
			.filter(e -> nodes.containsKey(e.source) && nodes.containsKey(e.target))
			.map(EdgeBuilder::edge)
			.toList();
		Set<String> linked = new HashSet<>();
		kept.forEach(e -> {
			linked.add(e.source());
			linked.add(e.target());
		});
		NetworkMetrics.Measured measured = NetworkMetrics.measure(linked,
				kept.stream().map(e -> new NetworkMetrics.Line(e.source(), e.target(), e.weight())).toList());
		times.lap("metrics");
		Map<String, NetworkMetrics.Scores> scores = measured.scores();
		List<Network.Node> shown = new ArrayList<>();
		for (Network.Node node : nodes.values()) {
			if (linked.contains(node.id())) {
				shown.add(new Network.Node(node.id(), node.label(), node.pillar(), node.country(),
						scores.get(node.id()).rounded()));
			}
		}
		shown.sort(Comparator.comparing((Network.Node n) -> -n.metrics().pageRank()).thenComparing(Network.Node::id));
		times.lap("nodes");
		return new Network(shown, kept, List.copyOf(years), measured.betweennessEstimated(),
				measured.betweennessSources());
	}

	/**
	 * An actor as a number, a locality's id doubled or an organisation's doubled plus one; the
	 * locality when a record names both (the organisation acts for it).
	 */
	private static long actor(Long localityId, Long organisationId, Set<Long> localityIds, Set<Long> organisationIds) {
		if (localityId != null) {
			localityIds.add(localityId);
			return localityId << 1;
		}
		organisationIds.add(organisationId);
		return organisationId << 1 | 1;
	}

	/** The two ends of a line, as {@link #actor} numbers them. */
	private record ActorPair(long vn, long foreign) {

		/**
		 * Mixed, not the record's 31 × vn + foreign: actors are small numbers, and on the nation's
		 * network that put thousands of pairs in the same bucket of the map of lines.
		 */
		@Override
		public int hashCode() {
			return Long.hashCode(vn * 0x9E3779B97F4A7C15L + foreign);
		}

		EdgeBuilder edge() {
			return new EdgeBuilder(key(vn), key(foreign));
		}

		private static String key(long actor) {
			return (actor & 1) == 0 ? NetworkService.key(actor >> 1, null) : NetworkService.key(null, actor >> 1);
		}

	}

	static String key(Long localityId, Long organisationId) {
		return PartyDirectory.Selection.key(localityId, organisationId);
	}

	private static final class EdgeBuilder {

		private final String source;

		private final String target;

		private final Map<LinkKind, Long> kinds = new EnumMap<>(LinkKind.class);

		private Integer firstYear;

		EdgeBuilder(String source, String target) {
			this.source = source;
			this.target = target;
		}

		void add(LinkKind kind, PartyLinks.Link link) {
			kinds.merge(kind, link.records(), Long::sum);
			if (link.year() != null && (firstYear == null || link.year() < firstYear)) {
				firstYear = link.year();
			}
		}

		Network.Edge edge() {
			Set<Flow> flows = EnumSet.noneOf(Flow.class);
			kinds.keySet().forEach(kind -> flows.add(kind.flow()));
			long weight = kinds.values().stream().mapToLong(Long::longValue).sum();
			return new Network.Edge(source, target, weight, firstYear, new EnumMap<>(kinds), flows);
		}

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
