package vn.hoptac.delegations.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.delegations.CountBasis;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.PersonsUnit;
import vn.hoptac.delegations.ReportedTotal;
import vn.hoptac.delegations.ReportedTotalDraft;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/** Body of POST and PUT of a reported total; {@code direction} null: both directions. */
@AcceptsFieldsOf(ReportedTotalResponse.class)
record ReportedTotalRequest(Long vnLocalityId, Long vnOrganisationId, Long partnershipId, String foreignCountry,
		DelegationDirection direction, @Size(max = ReportedTotal.COUNTED_AS_LENGTH) String countedAs,
		String periodFrom, String periodTo, CountBasis basis, Integer delegations, Qualifier delegationsQualifier,
		Integer persons, Qualifier personsQualifier, PersonsUnit personsUnit,
		@Size(max = Delegation.NOTE_LENGTH) String note, @Size(max = Delegation.SOURCE_LENGTH) String source,
		Visibility visibility, Long version) {

	ReportedTotalDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate from = PartialDates.parse(periodFrom, "periodFrom", errors);
		PartialDate to = PartialDates.parse(periodTo, "periodTo", errors);
		errors.throwIfAny();
		return new ReportedTotalDraft(vnLocalityId, vnOrganisationId, partnershipId, foreignCountry, direction,
				countedAs, from, to, basis, delegations, delegationsQualifier, persons, personsQualifier, personsUnit,
				note, source, visibility);
	}

}
