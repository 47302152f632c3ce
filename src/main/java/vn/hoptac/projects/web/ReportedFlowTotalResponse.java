package vn.hoptac.projects.web;

import java.math.BigDecimal;
import java.util.List;

import vn.hoptac.partners.Party;
import vn.hoptac.projects.FlowMetric;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ReportedFlowTotal;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A total a source reports for a period, apart from counted projects: {@code amount} with its
 * {@code qualifier} ("more than 110"), a count without a currency or money with one; the period as
 * precisely as it is known, {@code ..2023} for "by the end of 2023".
 */
record ReportedFlowTotalResponse(Long id, Long vnLocalityId, Long vnOrganisationId, Party vnParty,
		String foreignCountry, ProjectModality modality, FlowMetric metric, BigDecimal amount, String currency,
		Qualifier qualifier, String periodFrom, String periodTo, String note, String source, Visibility visibility,
		Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	static ReportedFlowTotalResponse of(ReportedFlowTotal t, Party vnParty, List<CitationResponse> citations) {
		return new ReportedFlowTotalResponse(t.getId(), t.getVnLocalityId(), t.getVnOrganisationId(), vnParty,
				t.getForeignCountry(), t.getModality(), t.getMetric(), t.getAmount(), t.getCurrency(), t.getQualifier(),
				ProjectResponse.text(t.from()), ProjectResponse.text(t.to()), t.getNote(), t.getSource(),
				t.getStewardship().visibility(), t.getStewardship().provinceId(), t.getVersion(), citations);
	}

}
