package vn.hoptac.delegations;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order of a plan's path: the DOFA drafts it, submits it to the People's Committee, which
 * approves it; it is sent to MOFA, which consolidates it for the Prime Minister's approval. A plan
 * may be returned after it was drafted. Only the steps recorded are compared (a plan recorded
 * after the fact without its draft is accepted); a step that recurs after a return is compared
 * by its first occurrence. Dates known by year or month are compared by their whole period, as
 * {@code agreements/LegalOrder} does.
 */
final class PlanOrder {

	/** The path, in order; {@link PlanStep#RETURNED} is off it. */
	private static final List<PlanStep> PATH = List.of(PlanStep.DRAFTED_BY_DOFA,
			PlanStep.SUBMITTED_TO_PEOPLES_COMMITTEE, PlanStep.APPROVED_BY_PEOPLES_COMMITTEE, PlanStep.SENT_TO_MOFA,
			PlanStep.CONSOLIDATED_BY_MOFA, PlanStep.APPROVED_BY_PRIME_MINISTER);

	private PlanOrder() {
	}

	/** The steps that, when recorded, must have come before this one. */
	static Set<PlanStep> precededBy(PlanStep step) {
		if (step == PlanStep.RETURNED) {
			return EnumSet.of(PlanStep.DRAFTED_BY_DOFA);
		}
		Set<PlanStep> before = EnumSet.noneOf(PlanStep.class);
		before.addAll(PATH.subList(0, PATH.indexOf(step)));
		return before;
	}

	/**
	 * The first recorded step that the new one contradicts, if any: one that must come before it
	 * but is dated after it, or one that must come after it but is dated before it.
	 */
	static Optional<PlanStepEntry> contradictedBy(PlanStepEntry added, List<PlanStepEntry> recorded) {
		for (PlanStep earlier : precededBy(added.step())) {
			Optional<PlanStepEntry> first = first(earlier, recorded);
			if (first.isPresent() && added.date().definitelyBefore(first.get().date())) {
				return first;
			}
		}
		if (first(added.step(), recorded).filter(existing -> !added.date().definitelyBefore(existing.date()))
			.isPresent()) {
			return Optional.empty(); // a recurrence: the first occurrence has already been placed
		}
		for (PlanStepEntry existing : recorded) {
			if (precededBy(existing.step()).contains(added.step())
					&& first(existing.step(), recorded).orElseThrow() == existing
					&& existing.date().definitelyBefore(added.date())) {
				return Optional.of(existing);
			}
		}
		return Optional.empty();
	}

	private static Optional<PlanStepEntry> first(PlanStep step, List<PlanStepEntry> recorded) {
		return recorded.stream().filter(s -> s.step() == step).min(DelegationPlan.CHRONOLOGICAL);
	}

}
