package vn.hoptac.monitoring;

import java.util.List;

/** An actual reported for one period of an indicator, with what shows it and its breakdown. */
public record UpdateDraft(Long periodId, MeasuredValue actual, String narrative, List<Evidence> evidence,
		List<DisaggregatedValue> values) {

	public UpdateDraft {
		actual = actual == null ? new MeasuredValue(null, null, null) : actual;
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
		values = values == null ? List.of() : List.copyOf(values);
	}

}
