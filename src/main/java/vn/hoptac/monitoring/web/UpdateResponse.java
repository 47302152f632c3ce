package vn.hoptac.monitoring.web;

import java.time.Instant;
import java.util.List;

import vn.hoptac.monitoring.DisaggregatedValue;
import vn.hoptac.monitoring.Evidence;
import vn.hoptac.monitoring.IndicatorUpdate;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.monitoring.UpdateStatus;

/** An update of an actual with where it stands in its approval, who moved it and when. */
record UpdateResponse(Long id, Long indicatorId, Long periodId, UpdateStatus status, MeasuredValue actual,
		String narrative, List<Evidence> evidence, List<DisaggregatedValue> values, String reviewComment,
		String createdBy, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
		long version) {

	static UpdateResponse of(IndicatorUpdate u) {
		return new UpdateResponse(u.getId(), u.getIndicatorId(), u.getPeriodId(), u.getStatus(), u.getActual(),
				u.getNarrative(), List.copyOf(u.getEvidence()), List.copyOf(u.getValues()), u.getReviewComment(),
				u.getCreatedBy(), u.getSubmittedBy(), u.getSubmittedAt(), u.getDecidedBy(), u.getDecidedAt(),
				u.getVersion());
	}

}
