package vn.hoptac.agreements.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.agreements.ActionDraft;
import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;

/**
 * Body of "record an action": {@code date} as precisely as it is known, a year ({@code 2005}), a
 * month ({@code 2005-04}) or a day ({@code 2005-04-18}). An action dated against the legal order of
 * those recorded (e.g. in force before signed) is refused (400, at {@code date}).
 */
record ActionRequest(ActionType type, String date, @Size(max = Agreement.NOTE_LENGTH) String note,
		@Size(max = Agreement.SOURCE_LENGTH) String source) {

	ActionDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		var day = PartialDates.parse(date, "date", errors);
		errors.throwIfAny();
		return new ActionDraft(type, day, note, source);
	}

}
