package vn.hoptac.projects.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

import vn.hoptac.projects.FlowMetric;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ReportedFlowTotal;
import vn.hoptac.projects.ReportedFlowTotalDraft;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/** Body of POST and PUT of a reported total; {@code qualifier} null: exact. */
@AcceptsFieldsOf(ReportedFlowTotalResponse.class)
record ReportedFlowTotalRequest(Long vnLocalityId, Long vnOrganisationId, String foreignCountry,
		ProjectModality modality, FlowMetric metric, BigDecimal amount, String currency, Qualifier qualifier,
		String periodFrom, String periodTo, @Size(max = ReportedFlowTotal.NOTE_LENGTH) String note,
		@Size(max = ReportedFlowTotal.SOURCE_LENGTH) String source, Visibility visibility, Long version) {

	ReportedFlowTotalDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate from = PartialDates.parse(periodFrom, "periodFrom", errors);
		PartialDate to = PartialDates.parse(periodTo, "periodTo", errors);
		errors.throwIfAny();
		return new ReportedFlowTotalDraft(vnLocalityId, vnOrganisationId, trimmed(foreignCountry),
				modality, metric, amount, trimmed(currency), qualifier, from, to, note, source,
				visibility);
	}

}
