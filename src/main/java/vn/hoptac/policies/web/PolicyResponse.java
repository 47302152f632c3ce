package vn.hoptac.policies.web;

import java.util.List;

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/** A policy document; its writable fields are those of {@link PolicyRequest}. Dates as precise as known. */
record PolicyResponse(Long id, PolicyKind kind, String kindLabel, String number, String issuingBody, String title,
		String issuedOn, String inForceOn, String summary, String provisions, Long supersededById, String source,
		Visibility visibility, long version, List<CitationResponse> sourceCitations) {

	static PolicyResponse of(PolicyDocument d, String kindLabel, List<CitationResponse> sourceCitations) {
		return new PolicyResponse(d.getId(), d.getKind(), kindLabel, d.getNumber(), d.getIssuingBody(), d.getTitle(),
				text(d.getIssued()), text(d.getInForce()), d.getSummary(), d.getProvisions(), d.getSupersededById(),
				d.getSource(), d.getStewardship().visibility(), d.getVersion(), sourceCitations);
	}

	private static String text(vn.hoptac.shared.DatePrecision.PartialDate date) {
		return date == null ? null : date.toString();
	}

}
