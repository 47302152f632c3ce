package vn.hoptac.shared;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Counts and sums of any kept record type (agreements, partnerships, delegations, projects) that a
 * province keeps (null: all), grouped as asked, under the reader's access: one grouped query for a
 * dashboard's figure ({@link RecordList#statsBy}, {@link PartyLinks#keptBy}).
 */
@Component
public class KeptStatistics {

	private final EntityManager entityManager;

	KeptStatistics(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The type must carry a {@link Stewardship}: only what {@link Access#readable()} allows is counted. */
	public <T> List<GroupStats.Row> of(Class<T> type, List<Facet> groups, List<String> sums, Long provinceId) {
		return RecordList.of(type, entityManager).guarded().statsBy(groups, sums, PartyLinks.keptBy(provinceId));
	}

	/** Distinct values of the attribute per key of the group (partner localities per country), under the reader's access. */
	public <T> Map<Object, Long> distinct(Class<T> type, Facet group, String attribute, Long provinceId) {
		return RecordList.of(type, entityManager).guarded().distinctCountsBy(group, attribute, PartyLinks.keptBy(provinceId));
	}

}
