package vn.hoptac.reviews;

import java.time.LocalDate;
import java.util.List;

import vn.hoptac.shared.RecordRef;

/**
 * A partnership's health on a day: its state, its stage and the reasons, the deciding one first.
 *
 * @param lastActivity the date of its latest activity, or null when none is recorded
 * @param reviewOverdue whether a review that was due is missing
 */
public record PartnershipHealth(RecordRef partnership, Long provinceId, LocalDate asOf, HealthState state,
		CooperationStage stage, LocalDate lastActivity, boolean reviewOverdue, List<HealthReason> reasons) {

	/** Dormant, slowing, stuck, or a review overdue. */
	public boolean needsAttention() {
		return state.needsAttention() || reviewOverdue;
	}

}
