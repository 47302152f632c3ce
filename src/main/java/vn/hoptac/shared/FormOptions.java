package vn.hoptac.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What a form's select offers to link a record to: the first records the reader may see, in their
 * order, and the one the form already names when it is not among them, so that saving a form never
 * drops a link its select could not show.
 */
public final class FormOptions {

	private FormOptions() {
	}

	public static <T extends KeptRecord> List<T> including(List<T> first, Long selected,
			LongFunction<Optional<T>> readable) {
		List<T> options = new ArrayList<>(first);
		if (selected != null && options.stream().noneMatch(option -> selected.equals(option.getId()))) {
			readable.apply(selected).ifPresent(option -> options.add(0, option));
		}
		return options;
	}

}
