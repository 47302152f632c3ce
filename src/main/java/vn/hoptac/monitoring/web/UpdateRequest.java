package vn.hoptac.monitoring.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.DisaggregatedValue;
import vn.hoptac.monitoring.Evidence;
import vn.hoptac.monitoring.IndicatorUpdate;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.monitoring.UpdateDraft;
import vn.hoptac.shared.AcceptsFieldsOf;

/**
 * Body of POST /api/v1/indicators/{id}/updates and PUT /api/v1/indicator-updates/{id}: the period,
 * the actual ({@code {number, text, qualifier}}), a narrative, evidence links ({@code {url, title}})
 * and disaggregated values ({@code {dimension, category, value}}, dimensions of the indicator).
 */
@AcceptsFieldsOf(UpdateResponse.class)
record UpdateRequest(Long periodId, MeasuredValue actual,
		@Size(max = IndicatorUpdate.NARRATIVE_LENGTH) String narrative, List<@Valid EvidenceRequest> evidence,
		List<@Valid ValueRequest> values, Long version) {

	record EvidenceRequest(@Size(max = Evidence.URL_LENGTH) String url, @Size(max = Evidence.TITLE_LENGTH) String title) {
	}

	record ValueRequest(@Size(max = DisaggregatedValue.DIMENSION_LENGTH) String dimension,
			@Size(max = DisaggregatedValue.CATEGORY_LENGTH) String category, java.math.BigDecimal value) {
	}

	UpdateDraft toDraft() {
		return new UpdateDraft(periodId, actual,
				narrative, evidence == null ? null : evidence.stream().map(e -> new Evidence(e.url(), e.title())).toList(),
				values == null ? null
						: values.stream().map(v -> new DisaggregatedValue(v.dimension(), v.category(), v.value())).toList());
	}

}
