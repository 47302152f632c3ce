package vn.hoptac.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.ActivityKind;

/**
 * The rules of a partnership's health, on its facts and signals alone (no database): the first that
 * applies decides the state, in this order:
 * <ol>
 * <li>ended by its status, or by its latest review's conclusion END;</li>
 * <li>paused by its status, or by its latest review's conclusion PAUSE;</li>
 * <li>at a letter of intent (or proposed) since longer than the dormancy period, or since a date the
 * records do not give: stuck;</li>
 * <li>projects in implementation, or activity within the slowing period: active; activity within
 * the dormancy period: slowing; else dormant, counting from the latest activity or, when there is
 * none, from the signing.</li>
 * </ol>
 * Every signal is a reason too, after the deciding one. The stage is substantive once the
 * partnership has projects, exchanges of people or measured results; symbolic before.
 */
public final class HealthRules {

	private final HealthSettings settings;

	public HealthRules(HealthSettings settings) {
		this.settings = settings;
	}

	public PartnershipHealth evaluate(PartnershipFacts facts, List<PartnershipSignal> signals, boolean reviewOverdue,
			LocalDate today) {
		List<PartnershipSignal> sorted = signals.stream()
			.sorted(Comparator.comparing(PartnershipSignal::date).reversed())
			.toList();
		Optional<LocalDate> lastActivity = sorted.stream()
			.filter(s -> s.kind().isActivity())
			.map(PartnershipSignal::date)
			.findFirst();
		List<HealthReason> reasons = new ArrayList<>();
		HealthState state = decide(facts, sorted, lastActivity.orElse(null), today, reasons);
		for (PartnershipSignal signal : sorted) {
			reasons.add(new HealthReason("signal." + signal.kind().name(), signal.date(), signal.count(),
					signal.record(), signal.detail()));
		}
		if (reviewOverdue) {
			reasons.add(new HealthReason("reviewOverdue", null, null, facts.partnership(), null));
		}
		return new PartnershipHealth(facts.partnership(), facts.provinceId(), today, state, stage(signals),
				lastActivity.orElse(null), reviewOverdue, List.copyOf(reasons));
	}

	private HealthState decide(PartnershipFacts facts, List<PartnershipSignal> signals, LocalDate lastActivity,
			LocalDate today, List<HealthReason> reasons) {
		Optional<PartnershipSignal> review = signals.stream().filter(s -> s.kind() == ActivityKind.REVIEW).findFirst();
		if (facts.status() == PartnershipStatus.ENDED) {
			reasons.add(status(facts));
			return HealthState.ENDED;
		}
		if (concluded(review, ReviewConclusion.END)) {
			reasons.add(conclusion(review.get()));
			return HealthState.ENDED;
		}
		if (facts.status() == PartnershipStatus.PAUSED) {
			reasons.add(status(facts));
			return HealthState.PAUSED;
		}
		if (concluded(review, ReviewConclusion.PAUSE)) {
			reasons.add(conclusion(review.get()));
			return HealthState.PAUSED;
		}
		LocalDate dormantBefore = today.minus(settings.dormantAfter());
		if (facts.atLetterOfIntent()
				&& (facts.establishedOn() == null || facts.establishedOn().isBefore(dormantBefore))) {
			reasons.add(new HealthReason("letterOfIntent", facts.establishedOn(), null, facts.partnership(),
					facts.status() == null ? null : facts.status().name()));
			return HealthState.STUCK_AT_LETTER_OF_INTENT;
		}
		Optional<PartnershipSignal> projects = signals.stream()
			.filter(s -> s.kind() == ActivityKind.ACTIVE_PROJECTS)
			.findFirst();
		if (projects.isPresent()) {
			reasons.add(new HealthReason("projectsInImplementation", projects.get().date(), projects.get().count(),
					projects.get().record(), null));
			return HealthState.ACTIVE;
		}
		if (lastActivity == null) {
			reasons.add(new HealthReason("noActivity", facts.establishedOn(), null, facts.partnership(), null));
			return facts.establishedOn() != null && !facts.establishedOn().isBefore(dormantBefore)
					? HealthState.ACTIVE : HealthState.DORMANT;
		}
		if (lastActivity.isBefore(dormantBefore)) {
			reasons.add(new HealthReason("dormantSince", lastActivity, null, null, null));
			return HealthState.DORMANT;
		}
		if (lastActivity.isBefore(today.minus(settings.slowingAfter()))) {
			reasons.add(new HealthReason("slowingSince", lastActivity, null, null, null));
			return HealthState.SLOWING;
		}
		reasons.add(new HealthReason("activeSince", lastActivity, null, null, null));
		return HealthState.ACTIVE;
	}

	private static boolean concluded(Optional<PartnershipSignal> review, ReviewConclusion conclusion) {
		return review.map(r -> conclusion.name().equals(r.detail())).orElse(false);
	}

	private static HealthReason status(PartnershipFacts facts) {
		return new HealthReason("status", facts.statusSince(), null, facts.partnership(), facts.status().name());
	}

	private static HealthReason conclusion(PartnershipSignal review) {
		return new HealthReason("reviewConclusion", review.date(), null, review.record(), review.detail());
	}

	private static CooperationStage stage(List<PartnershipSignal> signals) {
		boolean substantive = signals.stream()
			.anyMatch(s -> s.kind() == ActivityKind.ACTIVE_PROJECTS || s.kind() == ActivityKind.PROJECT_TRANSACTION
					|| s.kind() == ActivityKind.EXCHANGE || s.kind() == ActivityKind.INDICATOR_UPDATE);
		return substantive ? CooperationStage.SUBSTANTIVE : CooperationStage.SYMBOLIC;
	}

}
