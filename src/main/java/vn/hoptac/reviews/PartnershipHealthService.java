package vn.hoptac.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;

/**
 * Partnerships' health, computed on read (nothing stored): the partnerships the reader may see, the
 * signals every module reports for them in one query per kind over the whole province or nation (the
 * partners module's {@link PartnershipService#scopeOf scope}: their ids, or a condition when they are
 * many), and the {@link HealthRules}. A province's partnerships are those with
 * a party in it (the list's locality filter); nationally, all the reader may see.
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
		return evaluate(List.of(PartnershipFacts.of(partnership, true)), PartnershipScope.of(List.of(partnershipId)),
				SignalDepth.REASONS).get(0);
	}

	/** The health of every partnership of the province (null: nationally) the reader may see. */
	public List<PartnershipHealth> ofProvince(Long provinceId) {
		PartnershipScope scope = partnerships.scopeOf(ofLocality(provinceId));
		return evaluate(factsOf(scope), scope, SignalDepth.REASONS);
	}

	/**
	 * How many partnerships {@link #ofProvince} evaluates are in each state (a dashboard's figure):
	 * the same evaluation without what gives reasons but never the state: the review cycle, and the
	 * signals' counts and records (the nation's delegations and agreement actions read once, grouped).
	 */
	public Map<HealthState, Long> statesOfProvince(Long provinceId) {
		PartnershipScope scope = partnerships.scopeOf(ofLocality(provinceId));
		Map<HealthState, Long> states = new EnumMap<>(HealthState.class);
		evaluate(factsOf(scope), scope, SignalDepth.STATE).forEach(h -> states.merge(h.state(), 1L, Long::sum));
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

	/** A province's partnerships: those with a party in it (the list's locality filter); null: all. */
	private static PartnershipQuery ofLocality(Long provinceId) {
		return new PartnershipQuery(null, null, provinceId, null, null, null, null, null, null);
	}

	/** The partnerships of the scope that the reader may see, read as a projection. */
	private List<PartnershipFacts> factsOf(PartnershipScope scope) {
		return partnerships.summaries(scope, MAX_PARTNERSHIPS).stream().map(PartnershipFacts::of).toList();
	}

	/**
	 * The health of the partnerships: the signals of every source over the scope (which holds them all),
	 * then the rules; the review cycle is asked which are overdue only for the {@link SignalDepth#REASONS}.
	 */
	private List<PartnershipHealth> evaluate(List<PartnershipFacts> facts, PartnershipScope scope, SignalDepth depth) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, List<PartnershipSignal>> signals = facts.isEmpty() ? Map.of() : signalsOf(scope, today, depth);
		Set<Long> overdue = depth == SignalDepth.REASONS ? cycle.overdueAmong(facts, today) : Set.of();
		List<PartnershipHealth> health = new ArrayList<>(facts.size());
		for (PartnershipFacts f : facts) {
			long id = f.partnership().id();
			health.add(rules.evaluate(f, signals.getOrDefault(id, List.of()), overdue.contains(id), today));
		}
		return health;
	}

	private Map<Long, List<PartnershipSignal>> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth) {
		Map<Long, List<PartnershipSignal>> byPartnership = new HashMap<>();
		for (PartnershipActivitySource source : sources) {
			for (PartnershipSignal signal : source.signalsOf(scope, today, depth)) {
				byPartnership.computeIfAbsent(signal.partnershipId(), k -> new ArrayList<>()).add(signal);
			}
		}
		return byPartnership;
	}

}
