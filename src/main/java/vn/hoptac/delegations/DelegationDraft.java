package vn.hoptac.delegations;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/** What a user states about a delegation. Unknown dates and figures stay null. */
public record DelegationDraft(String title, DelegationDirection direction, DelegationStatus status,
		Long vnLocalityId, Long vnOrganisationId, String vnLeadName, String vnLeadTitle, Long foreignLocalityId,
		Long foreignOrganisationId, Long partnershipId, String headName, String headTitle, DelegationRank headRank,
		PartialDate startOn, PartialDate endOn, Integer size, Qualifier sizeQualifier, String purpose,
		String programme, String outcomes, String venue, BigDecimal costAmount, String costCurrency,
		CostBearer costBearer, Long planItemId, Long eventId, Set<CooperationField> fields, Set<Long> agreementIds,
		List<DelegationGuest> guests, List<FollowUp> followUps, String source, Visibility visibility) {

	public DelegationDraft {
		fields = fields == null ? Set.of() : fields;
		agreementIds = agreementIds == null ? Set.of() : agreementIds;
		guests = guests == null ? List.of() : guests;
		followUps = followUps == null ? List.of() : followUps;
	}

}
