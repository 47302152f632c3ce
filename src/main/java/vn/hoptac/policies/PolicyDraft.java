package vn.hoptac.policies;

import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/** What a user states about a policy document; dates as precise as the source gives them. */
public record PolicyDraft(PolicyKind kind, String number, String issuingBody, String title, PartialDate issuedOn,
		PartialDate inForceOn, String summary, String provisions, Long supersededById, String source,
		Visibility visibility) {
}
