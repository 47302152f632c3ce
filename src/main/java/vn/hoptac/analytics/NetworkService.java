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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.AgreementService;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.Pillar;
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

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final ProjectService projects;

	private final ExchangeService exchanges;

	private final DelegationService delegations;

	private final PartyDirectory directory;

	private final OrganisationService organisations;

	NetworkService(PartnershipService partnerships, AgreementService agreements, ProjectService projects,
			ExchangeService exchanges, DelegationService delegations, PartyDirectory directory,
			OrganisationService organisations) {
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.projects = projects;
		this.exchanges = exchanges;
		this.delegations = delegations;
		this.directory = directory;
		this.organisations = organisations;
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
		Map<LinkKind, List<PartyLinks.Link>> links = new EnumMap<>(LinkKind.class);
		links.put(LinkKind.PARTNERSHIP, partnerships.partyLinks(provinceId));
		links.put(LinkKind.AGREEMENT, agreements.partyLinks(provinceId));
		links.put(LinkKind.PROJECT, projects.partyLinks(provinceId));
		links.put(LinkKind.EXCHANGE, exchanges.partyLinks(provinceId));
		links.put(LinkKind.DELEGATION, delegations.partyLinks(provinceId));
		return assemble(links, year);
	}

	private Network assemble(Map<LinkKind, List<PartyLinks.Link>> links, Integer year) {
		Set<Integer> years = new TreeSet<>();
		Map<List<String>, EdgeBuilder> edges = new LinkedHashMap<>();
		Set<Long> localityIds = new HashSet<>();
		Set<Long> organisationIds = new HashSet<>();
		links.forEach((kind, rows) -> rows.forEach(link -> {
			if (link.year() != null) {
				years.add(link.year());
			}
			if (year != null && (link.year() == null || link.year() > year)) {
				return;
			}
			String vn = actor(link.vnLocalityId(), link.vnOrganisationId(), localityIds, organisationIds);
			String foreign = actor(link.foreignLocalityId(), link.foreignOrganisationId(), localityIds, organisationIds);
			if (!vn.equals(foreign)) {
				edges.computeIfAbsent(List.of(vn, foreign), k -> new EdgeBuilder(vn, foreign)).add(kind, link);
			}
		}));
		PartyDirectory.Lookup names = directory.loadReadable(localityIds, organisationIds);
		Map<Long, Organisation> readable = organisations.readableByIds(organisationIds);
		Map<String, Network.Node> nodes = new LinkedHashMap<>();
		for (Long id : localityIds) {
			PartyDirectory.Named named = names.localities().get(id);
			if (named != null) {
				nodes.put(key(id, null), node(key(id, null), named, Pillar.GOVERNMENT));
			}
		}
		for (Long id : organisationIds) {
			PartyDirectory.Named named = names.organisations().get(id);
			if (named != null && readable.containsKey(id)) {
				nodes.put(key(null, id), node(key(null, id), named, Pillar.of(readable.get(id).getType()).orElse(Pillar.COMMUNITY)));
			}
		}
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
		Map<String, NetworkMetrics.Scores> scores = measured.scores();
		List<Network.Node> shown = new ArrayList<>();
		for (Network.Node node : nodes.values()) {
			if (linked.contains(node.id())) {
				shown.add(new Network.Node(node.id(), node.label(), node.pillar(), node.country(),
						scores.get(node.id()).rounded()));
			}
		}
		shown.sort(Comparator.comparing((Network.Node n) -> -n.metrics().pageRank()).thenComparing(Network.Node::id));
		return new Network(shown, kept, List.copyOf(years), measured.betweennessEstimated(),
				measured.betweennessSources());
	}

	private static Network.Node node(String id, PartyDirectory.Named named, Pillar pillar) {
		return new Network.Node(id, named.names().current(), pillar, named.country(), null);
	}

	/** An actor's id; the locality when a record names both (the organisation acts for it). */
	private static String actor(Long localityId, Long organisationId, Set<Long> localityIds, Set<Long> organisationIds) {
		if (localityId != null) {
			localityIds.add(localityId);
		}
		else {
			organisationIds.add(organisationId);
		}
		return key(localityId, organisationId);
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

}
