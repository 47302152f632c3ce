package vn.hoptac.reports.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;

/**
 * The 2025 reorganisation in the reports: a province no longer in force counts for the current
 * province that succeeded it. A province's report counts the records its predecessors keep, and
 * the national report rolls every province's figures into today's: both ask this one class.
 */
@Component
class ProvinceRollUp {

	private final LocalityService localities;

	ProvinceRollUp(LocalityService localities) {
		this.localities = localities;
	}

	/** The provinces whose records a current province's report counts: itself and those merged into it. */
	Set<Long> keepers(long province) {
		Into into = new Into(List.of());
		return localities.lineage(province)
			.stream()
			.filter(id -> id == province || into.apply(id).filter(current -> current == province).isPresent())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Where each keeping province's figures go among the current provinces. */
	Into into(List<Locality> current) {
		return new Into(current);
	}

	/** Keeping provinces mapped to the current province that succeeded them (remembered per report). */
	final class Into implements Function<Long, Optional<Long>> {

		private final vn.hoptac.geo.ProvinceRollUp rollUp;

		private Into(List<Locality> current) {
			this.rollUp = localities.provinceRollUp(current.stream().map(Locality::getId).toList());
		}

		@Override
		public Optional<Long> apply(Long province) {
			return rollUp.currentOf(province);
		}

		Map<Long, BigDecimal> counts(Map<Long, Long> byProvince) {
			return sums(byProvince, BigDecimal::valueOf);
		}

		<V> Map<Long, BigDecimal> sums(Map<Long, V> byProvince, Function<V, BigDecimal> value) {
			return rollUp.rolledUp(byProvince, value, BigDecimal::add);
		}

	}

}
