package vn.hoptac.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The 2025 reorganisation for figures kept per province: a province no longer in force counts for
 * the current province that succeeded it. Made for one request by
 * {@link LocalityService#provinceRollUp}, it follows each province once however many maps it rolls
 * (today's provinces stand for themselves without a lookup).
 */
public final class ProvinceRollUp {

	private final Function<Long, Optional<Long>> successorToday;

	private final Map<Long, Optional<Long>> into = new HashMap<>();

	ProvinceRollUp(Collection<Long> currentProvinces, Function<Long, Optional<Long>> successorToday) {
		this.successorToday = successorToday;
		currentProvinces.forEach(id -> into.put(id, Optional.of(id)));
	}

	/** The current province whose figures the province's count in; empty for none (null, a foreign unit). */
	public Optional<Long> currentOf(Long province) {
		return province == null ? Optional.empty() : into.computeIfAbsent(province, successorToday);
	}

	/** Values keyed by province, added up per current province; keys that roll into none are left out. */
	public <V> Map<Long, V> rolledUp(Map<Long, V> byProvince, BinaryOperator<V> add) {
		return rolledUp(byProvince, Function.identity(), add);
	}

	/** As {@link #rolledUp(Map, BinaryOperator)}, each value first turned into what is added up. */
	public <V, S> Map<Long, S> rolledUp(Map<Long, V> byProvince, Function<V, S> value, BinaryOperator<S> add) {
		Map<Long, S> rolled = new HashMap<>();
		byProvince.forEach((province, v) -> currentOf(province)
			.ifPresent(current -> rolled.merge(current, value.apply(v), add)));
		return rolled;
	}

	/** Counts keyed by province, added up per current province. */
	public Map<Long, Long> counts(Map<Long, Long> byProvince) {
		return rolledUp(byProvince, Long::sum);
	}

}
