package vn.hoptac.agreements;

import vn.hoptac.shared.DatePrecision.PartialDate;

/** An action a user records on an agreement, dated as precisely as it is known. */
public record ActionDraft(ActionType type, PartialDate date, String note, String source) {
}
