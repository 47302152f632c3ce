package vn.hoptac.policies.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.policies.PolicyDraft;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.StewardedRecord;
import vn.hoptac.shared.Visibility;

/** Body of POST and PUT: dates as precise as the source gives them; {@code version} is the one read. */
@AcceptsFieldsOf(PolicyResponse.class)
record PolicyRequest(PolicyKind kind, @Size(max = PolicyDocument.NUMBER_LENGTH) String number,
		@Size(max = PolicyDocument.ISSUING_BODY_LENGTH) String issuingBody,
		@Size(max = PolicyDocument.TITLE_LENGTH) String title, String issuedOn, String inForceOn,
		@Size(max = PolicyDocument.SUMMARY_LENGTH) String summary,
		@Size(max = PolicyDocument.PROVISIONS_LENGTH) String provisions, Long supersededById,
		@Size(max = StewardedRecord.SOURCE_LENGTH) String source, Visibility visibility, Long version)
		implements RecordRequest<PolicyDraft> {

	@Override
	public PolicyDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate issued = PartialDates.parse(issuedOn, "issuedOn", errors);
		PartialDate inForce = PartialDates.parse(inForceOn, "inForceOn", errors);
		errors.throwIfAny();
		return new PolicyDraft(kind, number, issuingBody, title, issued, inForce, summary, provisions, supersededById,
				source, visibility);
	}

}
