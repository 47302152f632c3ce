package vn.hoptac.projects;

import java.math.BigDecimal;

import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/**
 * A total a source reports for a period ("more than 110 Korean FDI projects by the end of 2023"),
 * which predates the records and is shown apart from counted projects. A count has no currency; an
 * amount has one. An unknown period end or start stays null.
 */
public record ReportedFlowTotalDraft(Long vnLocalityId, Long vnOrganisationId, String foreignCountry,
		ProjectModality modality, FlowMetric metric, BigDecimal amount, String currency, Qualifier qualifier,
		PartialDate periodFrom, PartialDate periodTo, String note, String source, Visibility visibility) {
}
