package vn.hoptac.delegations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.delegations.CostBearer;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationDraft;
import vn.hoptac.delegations.DelegationGuest;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.FollowUp;
import vn.hoptac.delegations.FollowUpStatus;
import vn.hoptac.delegations.web.DelegationResponse.FollowUpResponse;
import vn.hoptac.delegations.web.DelegationResponse.GuestResponse;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. Dates may be a year, a month, a day or a bound ({@code ..2020}); a cost is
 * an amount with its ISO 4217 currency; {@code version} is the one read. What GET answers can be
 * sent back as it is: its read-only fields are ignored.
 */
@AcceptsFieldsOf(DelegationResponse.class)
record DelegationRequest(@Size(max = Delegation.TITLE_LENGTH) String title, DelegationDirection direction,
		DelegationStatus status, Long vnLocalityId, Long vnOrganisationId,
		@Size(max = Delegation.NAME_LENGTH) String vnLeadName, @Size(max = Delegation.POSITION_LENGTH) String vnLeadTitle,
		Long foreignLocalityId, Long foreignOrganisationId, Long partnershipId,
		@Size(max = Delegation.NAME_LENGTH) String headName, @Size(max = Delegation.POSITION_LENGTH) String headTitle,
		DelegationRank headRank, String startOn, String endOn, Integer size, Qualifier sizeQualifier,
		@Size(max = Delegation.TEXT_LENGTH) String purpose, @Size(max = Delegation.TEXT_LENGTH) String programme,
		@Size(max = Delegation.TEXT_LENGTH) String outcomes, @Size(max = Delegation.VENUE_LENGTH) String venue,
		BigDecimal costAmount, String costCurrency, CostBearer costBearer, Long planItemId, Long eventId,
		Set<CooperationField> fields, Set<Long> agreementIds, List<@Valid GuestRequest> guests,
		List<@Valid FollowUpRequest> followUps, @Size(max = Delegation.SOURCE_LENGTH) String source,
		Visibility visibility, Long version) implements RecordRequest<DelegationDraft> {

	/** Another body that took part: an organisation or a locality. */
	@AcceptsFieldsOf(GuestResponse.class)
	record GuestRequest(Long organisationId, Long localityId) {
	}

	/** Something to do after the delegation. */
	@AcceptsFieldsOf(FollowUpResponse.class)
	record FollowUpRequest(@Size(max = Delegation.NOTE_LENGTH) String action, Long responsibleUserId, LocalDate dueOn,
			LocalDate doneOn, FollowUpStatus status) {
	}

	@Override
	public DelegationDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate start = PartialDates.parse(startOn, "startOn", errors);
		PartialDate end = PartialDates.parse(endOn, "endOn", errors);
		errors.throwIfAny();
		return new DelegationDraft(title, direction, status, vnLocalityId, vnOrganisationId, vnLeadName, vnLeadTitle,
				foreignLocalityId, foreignOrganisationId, partnershipId, headName, headTitle, headRank, start, end, size,
				sizeQualifier, purpose, programme, outcomes, venue, costAmount,
				costCurrency == null ? null : costCurrency.trim().toUpperCase(java.util.Locale.ROOT), costBearer,
				planItemId, eventId, fields, agreementIds,
				guests == null ? null
						: guests.stream().map(g -> new DelegationGuest(g.organisationId(), g.localityId())).toList(),
				followUps == null ? null
						: followUps.stream()
							.map(f -> new FollowUp(f.action(), f.responsibleUserId(), f.dueOn(), f.doneOn(),
									f.status() == null ? FollowUpStatus.OPEN : f.status()))
							.toList(),
				source, visibility);
	}

}
