package vn.hoptac.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipSignal;

/**
 * Partnerships' health, computed on read (nothing stored): the partnerships the reader may see, the
 * signals every module reports for them in one query per kind over the whole set, and the
 * {@link HealthRules}. A province's partnerships are those with a party in it (the list's locality
 * filter); nationally, all the reader may see.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipHealthService {

	/** The most partnerships one attention list evaluates. */
	static final int MAX_PARTNERSHIPS = 20_000;

	private final PartnershipService partnerships;

	private final List<PartnershipActivitySource> sources;

	private final ReviewCycle cycle;

	private final HealthRules rules;

	private final Clock clock;

	PartnershipHealthService(PartnershipService partnerships, List<PartnershipActivitySource> sources,
			ReviewCycle cycle, HealthSettings settings, Clock clock) {
		this.partnerships = partnerships;
		this.sources = sources;
		this.cycle = cycle;
		this.rules = new HealthRules(settings);
		this.clock = clock;
	}

	/** The partnership's health today, with the date its status took effect among the reasons. */
	public PartnershipHealth of(long partnershipId) {
		Partnership partnership = partnerships.get(partnershipId);
		return evaluate(List.of(PartnershipFacts.of(partnership, true))).get(0);
	}

	/** The health of every partnership of the province (null: nationally) the reader may see. */
	public List<PartnershipHealth> ofProvince(Long provinceId) {
		List<Partnership> found = partnerships
			.search(new PartnershipQuery(null, null, provinceId, null, null, null, null, null, null),
					PageRequest.of(0, MAX_PARTNERSHIPS, Sort.by("sortKey")))
			.getContent();
		return evaluate(found.stream().map(p -> PartnershipFacts.of(p, false)).toList());
	}

	/**
	 * How many partnerships {@link #ofProvince} evaluates are in each state (a dashboard's figure):
	 * the same partnerships, signals and rules, the partnerships read as a projection and the
	 * review cycle, which gives a reason but never the state, left out.
	 */
	public Map<HealthState, Long> statesOfProvince(Long provinceId) {
		List<PartnershipFacts> facts = partnerships
			.summaries(new PartnershipQuery(null, null, provinceId, null, null, null, null, null, null), MAX_PARTNERSHIPS)
			.stream()
			.map(PartnershipFacts::of)
			.toList();
		LocalDate today = LocalDate.now(clock);
		Map<Long, List<PartnershipSignal>> signals = signalsOf(facts.stream().map(f -> f.partnership().id()).toList(),
				today);
		Map<HealthState, Long> states = new EnumMap<>(HealthState.class);
		for (PartnershipFacts f : facts) {
			HealthState state = rules.evaluate(f, signals.getOrDefault(f.partnership().id(), List.of()), false, today)
				.state();
			states.merge(state, 1L, Long::sum);
		}
		return states;
	}

	/** The partnerships of the province (null: nationally) that need attention, the longest quiet first. */
	public List<PartnershipHealth> needingAttention(Long provinceId) {
		return ofProvince(provinceId).stream()
			.filter(PartnershipHealth::needsAttention)
			.sorted(Comparator.comparing(PartnershipHealth::lastActivity,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	private List<PartnershipHealth> evaluate(List<PartnershipFacts> facts) {
		LocalDate today = LocalDate.now(clock);
		List<Long> ids = facts.stream().map(f -> f.partnership().id()).toList();
		Map<Long, List<PartnershipSignal>> signals = signalsOf(ids, today);
		Set<Long> overdue = cycle.overdueAmong(facts, today);
		List<PartnershipHealth> health = new ArrayList<>(facts.size());
		for (PartnershipFacts f : facts) {
			long id = f.partnership().id();
			health.add(rules.evaluate(f, signals.getOrDefault(id, List.of()), overdue.contains(id), today));
		}
		return health;
	}

	private Map<Long, List<PartnershipSignal>> signalsOf(Collection<Long> ids, LocalDate today) {
		Map<Long, List<PartnershipSignal>> byPartnership = new HashMap<>();
		if (ids.isEmpty()) {
			return byPartnership;
		}
		for (PartnershipActivitySource source : sources) {
			for (PartnershipSignal signal : source.signalsOf(ids, today)) {
				byPartnership.computeIfAbsent(signal.partnershipId(), k -> new ArrayList<>()).add(signal);
			}
		}
		return byPartnership;
	}

}
