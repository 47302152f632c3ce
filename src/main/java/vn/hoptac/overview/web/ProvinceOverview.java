package vn.hoptac.overview.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.hoptac.agreements.AgreementService;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.geo.ProvinceRollUp;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;

/**
 * The national overview: for each of today's provinces, what the reader may see of its records.
 * Six grouped queries in all (partnerships and agreements kept, changed this month, deadlines
 * overdue and due soon), whatever the number of provinces. A record counts with the province that
 * keeps it, which is always a current one (records of a merged province follow its successor); a
 * key that is not a current province is rolled up into the province that succeeded it.
 */
@Component
class ProvinceOverview {

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final PartyDirectory directory;

	private final LocalityService localities;

	private final Clock clock;

	ProvinceOverview(PartnershipService partnerships, AgreementService agreements, PartyDirectory directory,
			LocalityService localities, Clock clock) {
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.directory = directory;
		this.localities = localities;
		this.clock = clock;
	}

	/** One row per current province, in the order of their names in the reader's language. */
	List<Row> rows(int dueSoonDays) {
		LocalDate today = LocalDate.now(clock);
		Instant monthStart = today.withDayOfMonth(1).atStartOfDay(clock.getZone()).toInstant();
		List<Locality> provinces = directory.currentProvinces();
		ProvinceRollUp rollUp = localities.provinceRollUp(provinces.stream().map(Locality::getId).toList());
		Map<Long, Long> partnershipCounts = rollUp.counts(partnerships.countByProvince());
		Map<Long, Long> agreementCounts = rollUp.counts(agreements.countByProvince());
		Map<Long, Long> changed = sum(rollUp.counts(partnerships.changedSinceByProvince(monthStart)),
				rollUp.counts(agreements.changedSinceByProvince(monthStart)));
		Map<Long, Long> overdue = rollUp.counts(agreements.pendingDueBetweenByProvince(null, today.minusDays(1)));
		Map<Long, Long> dueSoon = rollUp.counts(
				agreements.pendingDueBetweenByProvince(today, today.plusDays(dueSoonDays)));
		return provinces.stream()
			.map(p -> new Row(p, count(partnershipCounts, p), count(agreementCounts, p), count(overdue, p),
					count(dueSoon, p), count(changed, p)))
			.toList();
	}

	private static long count(Map<Long, Long> counts, Locality province) {
		return counts.getOrDefault(province.getId(), 0L);
	}

	private static Map<Long, Long> sum(Map<Long, Long> a, Map<Long, Long> b) {
		Map<Long, Long> total = new HashMap<>(a);
		b.forEach((key, count) -> total.merge(key, count, Long::sum));
		return total;
	}

	/** A province's line of the overview; the total line has no province. */
	record Row(Locality province, long partnerships, long agreements, long overdue, long dueSoon,
			long changedThisMonth) {

		static Row total(List<Row> rows) {
			return new Row(null, rows.stream().mapToLong(Row::partnerships).sum(),
					rows.stream().mapToLong(Row::agreements).sum(), rows.stream().mapToLong(Row::overdue).sum(),
					rows.stream().mapToLong(Row::dueSoon).sum(), rows.stream().mapToLong(Row::changedThisMonth).sum());
		}

	}

}
