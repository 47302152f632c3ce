package vn.hoptac.delegations;

import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/**
 * A total of delegations that a source reports for a period ("1,152 delegations, 11,552
 * person-visits, 1997 to 02/2019"); {@code direction} null counts both ways. Unknown figures stay null.
 */
public record ReportedTotalDraft(Long vnLocalityId, Long vnOrganisationId, Long partnershipId, String foreignCountry,
		DelegationDirection direction, String countedAs, PartialDate periodFrom, PartialDate periodTo,
		CountBasis basis, Integer delegations, Qualifier delegationsQualifier, Integer persons,
		Qualifier personsQualifier, PersonsUnit personsUnit, String note, String source, Visibility visibility) {
}
