package vn.hoptac.agreements;

import static vn.hoptac.agreements.ActionType.EXPIRED;
import static vn.hoptac.agreements.ActionType.IN_FORCE;
import static vn.hoptac.agreements.ActionType.OPINION_RECEIVED;
import static vn.hoptac.agreements.ActionType.POLICY_APPROVED;
import static vn.hoptac.agreements.ActionType.PROPOSED;
import static vn.hoptac.agreements.ActionType.REFERRED_TO_PM;
import static vn.hoptac.agreements.ActionType.SENT_FOR_MOFA_OPINION;
import static vn.hoptac.agreements.ActionType.SIGNED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.hoptac.shared.DatePrecision;

/**
 * The order in which the steps of an agreement follow each other (Law 70/2020/QH14 Arts. 18–19:
 * proposal, opinions of MOFA and the agencies consulted, a referral to the Prime Minister when they
 * disagree, the decision, signing, then the report, entry into force and what follows). It is a
 * partial order: approval in principle may come before or after the opinions, the report before or
 * after entry into force. Steps that recur (a later amendment sent for opinion again) are compared
 * by their first occurrence. Dates known only by year or month are compared by their whole period:
 * "signed 2005" contradicts "in force 2004" but not "in force 15/03/2005".
 */
final class LegalOrder {

	private static final Set<ActionType> BEFORE_SIGNING = EnumSet.of(PROPOSED, POLICY_APPROVED, SENT_FOR_MOFA_OPINION,
			OPINION_RECEIVED, REFERRED_TO_PM);

	/** Each step and the steps that, when recorded, must have come first. */
	private static final Map<ActionType, Set<ActionType>> PRECEDED_BY = Map.ofEntries(
			Map.entry(PROPOSED, EnumSet.noneOf(ActionType.class)), Map.entry(POLICY_APPROVED, EnumSet.of(PROPOSED)),
			Map.entry(SENT_FOR_MOFA_OPINION, EnumSet.of(PROPOSED)),
			Map.entry(OPINION_RECEIVED, EnumSet.of(PROPOSED, SENT_FOR_MOFA_OPINION)),
			Map.entry(REFERRED_TO_PM, EnumSet.of(PROPOSED, SENT_FOR_MOFA_OPINION)), Map.entry(SIGNED, BEFORE_SIGNING),
			Map.entry(ActionType.REPORTED_TO_PM_MOFA, afterSigning()), Map.entry(IN_FORCE, afterSigning()),
			Map.entry(ActionType.AMENDED, afterSigning()), Map.entry(ActionType.EXTENDED, afterSigning()),
			Map.entry(ActionType.SUSPENDED, afterSigning()), Map.entry(ActionType.TERMINATED, afterSigning()),
			Map.entry(EXPIRED, afterSigning(IN_FORCE)));

	private LegalOrder() {
	}

	private static Set<ActionType> afterSigning(ActionType... more) {
		Set<ActionType> steps = EnumSet.copyOf(BEFORE_SIGNING);
		steps.add(SIGNED);
		steps.addAll(List.of(more));
		return steps;
	}

	/**
	 * The first recorded step that the new one contradicts, if any: one that must come before it but
	 * is dated after it, or one that must come after it but is dated before it.
	 */
	static Optional<AgreementAction> contradictedBy(AgreementAction added, List<AgreementAction> recorded) {
		for (ActionType earlier : PRECEDED_BY.get(added.type())) {
			Optional<AgreementAction> first = first(earlier, recorded);
			if (first.isPresent() && definitelyBefore(added, first.get())) {
				return first;
			}
		}
		if (first(added.type(), recorded).filter(existing -> !definitelyBefore(added, existing)).isPresent()) {
			return Optional.empty(); // a recurrence: the first occurrence has already been placed
		}
		for (AgreementAction existing : recorded) {
			if (PRECEDED_BY.get(existing.type()).contains(added.type())
					&& first(existing.type(), recorded).orElseThrow() == existing && definitelyBefore(existing, added)) {
				return Optional.of(existing);
			}
		}
		return Optional.empty();
	}

	private static Optional<AgreementAction> first(ActionType type, List<AgreementAction> recorded) {
		return recorded.stream().filter(a -> a.type() == type).min(Agreement.CHRONOLOGICAL);
	}

	/**
	 * Every day of the first action's period lies before every day of the second's. A "before"
	 * date ends with its period and has no known first day, so nothing is definitely before it.
	 */
	static boolean definitelyBefore(AgreementAction a, AgreementAction b) {
		return !b.precision().isBound() && lastDay(a.date(), a.precision()).isBefore(b.date());
	}

	static LocalDate lastDay(LocalDate first, DatePrecision precision) {
		return switch (precision.period()) {
			case YEAR -> first.plusYears(1).minusDays(1);
			case MONTH -> first.plusMonths(1).minusDays(1);
			default -> first;
		};
	}

}
