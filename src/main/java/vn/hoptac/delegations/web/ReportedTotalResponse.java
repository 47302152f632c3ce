package vn.hoptac.delegations.web;

import java.util.List;

import vn.hoptac.delegations.CountBasis;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.PersonsUnit;
import vn.hoptac.delegations.ReportedTotal;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A total a source reports for a period; its writable fields are those of
 * {@link ReportedTotalRequest}. {@code periodFrom}/{@code periodTo} are as precise as the source
 * gives them ({@code 1997}, {@code 2019-02}); a figure the source does not give is null.
 */
record ReportedTotalResponse(Long id, Long vnLocalityId, Long vnOrganisationId, Long partnershipId,
		String foreignCountry, DelegationDirection direction, String countedAs, String periodFrom,
		DatePrecision periodFromPrecision, String periodTo, DatePrecision periodToPrecision, CountBasis basis,
		Integer delegations, Qualifier delegationsQualifier, Integer persons, Qualifier personsQualifier,
		PersonsUnit personsUnit, String note, String source, Visibility visibility, Long ownerProvinceId, long version,
		List<CitationResponse> sourceCitations) {

	static ReportedTotalResponse of(ReportedTotal t, List<CitationResponse> citations) {
		return new ReportedTotalResponse(t.getId(), t.getVnLocalityId(), t.getVnOrganisationId(), t.getPartnershipId(),
				t.getForeignCountry(), t.getDirection(), t.getCountedAs(), DelegationResponse.text(t.getFrom()),
				t.getPeriodFromPrecision(), DelegationResponse.text(t.getTo()), t.getPeriodToPrecision(), t.getBasis(),
				t.getDelegations(), t.getDelegationsQualifier(), t.getPersons(), t.getPersonsQualifier(),
				t.getPersonsUnit(), t.getNote(), t.getSource(), t.getStewardship().visibility(),
				t.getStewardship().provinceId(), t.getVersion(), citations);
	}

}
