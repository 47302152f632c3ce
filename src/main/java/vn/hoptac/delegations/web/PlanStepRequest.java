package vn.hoptac.delegations.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.PlanStep;
import vn.hoptac.delegations.PlanStepDraft;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;

/** Body of POST …/steps: the step, its date ({@code 2025}, {@code 2025-11} or {@code 2025-11-20}) and document. */
record PlanStepRequest(PlanStep step, String date, @Size(max = Delegation.NOTE_LENGTH) String documentRef,
		@Size(max = Delegation.NOTE_LENGTH) String note) {

	PlanStepDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		var parsed = PartialDates.parse(date, "date", errors);
		errors.throwIfAny();
		return new PlanStepDraft(step, parsed, documentRef, note);
	}

}
