package vn.hoptac.delegations.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.StatsGrouping;
import vn.hoptac.delegations.StatsRow;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Visibility;

/**
 * The delegation statistics kept by the writes (table {@code delegation_tally}, V57, V63): what the
 * unfiltered statistics, a province's roll-up and the dashboards' delegations per year and direction
 * read instead of grouping every delegation. Each write takes the
 * delegation's counts away as they were and adds them as they are, in the writing transaction;
 * the reader's access is applied in SQL as {@link Access#readable()} applies it to delegations:
 * the totals of every province for the shared visibilities, plus the own province's totals for
 * the others. Bulk loads (the scale generator, a restored older dump) are followed by
 * {@link #rebuild()}; a tally that disagrees with the table at start is rebuilt.
 */
@Component
public class DelegationTally {

	private static final Logger log = LoggerFactory.getLogger(DelegationTally.class);

	/** The scope of the totals over every province; a province's own totals use its id (0: none). */
	private static final long ALL_PROVINCES = -1;

	/** The rows that count every delegation, whatever its Vietnamese party (others: one top-level locality's). */
	private static final long ANY_PARTY = 0;

	/** The start precisions that only bound the year ("before 2020"): such a start counts under no year. */
	static final Set<DatePrecision> BOUNDS = Set.of(DatePrecision.BEFORE_YEAR, DatePrecision.BEFORE_MONTH,
			DatePrecision.BEFORE_DAY);

	/**
	 * What the tally groups by: each grouping of the statistics, and year and direction together (a
	 * dashboard's inbound and outbound delegations per year: tens of rows, not a grouping of every
	 * delegation).
	 */
	public enum Grouping {

		PARTNER, COUNTRY, DIRECTION, YEAR, YEAR_DIRECTION;

		static Grouping of(StatsGrouping grouping) {
			return valueOf(grouping.name());
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final LocalityService localities;

	DelegationTally(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
			LocalityService localities) {
		this.jdbc = jdbc;
		this.localities = localities;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * What a delegation counts for in the statistics, taken before a write changes it; {@code vnTop}
	 * is the top-level locality of its Vietnamese party when that party is a locality alone (null
	 * otherwise: the roll-up counts such delegations from the table).
	 */
	public record Counted(Long foreignLocalityId, Long foreignOrganisationId, String country,
			DelegationDirection direction, Integer year, Integer size, Long provinceId, Visibility visibility,
			Long vnTop) {

		String key(Grouping grouping) {
			return switch (grouping) {
				case PARTNER -> text(foreignLocalityId) + "/" + text(foreignOrganisationId);
				case COUNTRY -> text(country);
				case DIRECTION -> text(direction);
				case YEAR -> text(year);
				case YEAR_DIRECTION -> text(year) + "/" + text(direction);
			};
		}

		private static String text(Object value) {
			return value == null ? "" : value.toString();
		}

	}

	/** What the delegation counts for now. */
	public Counted counted(Delegation d) {
		Integer year = d.getStartOn() == null || BOUNDS.contains(d.getStartPrecision()) ? null
				: d.getStartOn().getYear();
		Long vnTop = d.getVnLocalityId() == null || d.getVnOrganisationId() != null ? null
				: localities.topLevelOf(d.getVnLocalityId());
		return new Counted(d.getForeignLocalityId(), d.getForeignOrganisationId(), d.getForeignCountry(),
				d.getDirection(), year, d.getSize(), d.getStewardship().provinceId(), d.getStewardship().visibility(),
				vnTop);
	}

	/** Counts a new delegation in. */
	public void add(Counted counted) {
		change(counted, 1);
	}

	/** Counts a delegation out, as it was before it changed or was deleted. */
	public void remove(Counted counted) {
		change(counted, -1);
	}

	private void change(Counted counted, int sign) {
		long province = counted.provinceId() == null ? 0 : counted.provinceId();
		for (Grouping grouping : Grouping.values()) {
			MapSqlParameterSource row = new MapSqlParameterSource("grouping", grouping.name())
				.addValue("visibility", counted.visibility().name())
				.addValue("key", counted.key(grouping))
				.addValue("delegations", sign)
				.addValue("persons", sign * (counted.size() == null ? 0 : counted.size()))
				.addValue("known", counted.size() == null ? 0 : sign);
			count(row.addValue("vnTop", ANY_PARTY).addValue("scope", ALL_PROVINCES));
			count(row.addValue("vnTop", ANY_PARTY).addValue("scope", province));
			if (counted.vnTop() != null) {
				count(row.addValue("vnTop", counted.vnTop()).addValue("scope", province));
			}
		}
	}

	private void count(MapSqlParameterSource row) {
		if (increment(row) == 0) {
			insertEmpty(row);
			increment(row);
		}
	}

	/** Adds to the group's row in the writing transaction; the row lock orders concurrent writers. */
	private int increment(MapSqlParameterSource row) {
		return jdbc.update("update delegation_tally set delegations = delegations + :delegations, "
				+ "persons = persons + :persons, persons_known = persons_known + :known "
				+ "where grouped_by = :grouping and vn_top = :vnTop and scope_province = :scope "
				+ "and visibility = :visibility and group_key = :key", row);
	}

	/**
	 * Creates the group's row with zero counts in a transaction of its own, so that a writer that
	 * creates it at the same moment (a duplicate key) does not spoil the writing transaction on
	 * PostgreSQL; a zero row left by a write that rolls back counts nothing.
	 */
	private void insertEmpty(MapSqlParameterSource row) {
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.update("insert into delegation_tally (grouped_by, vn_top, "
					+ "scope_province, visibility, group_key, delegations, persons, persons_known) values ("
					+ ":grouping, :vnTop, :scope, :visibility, :key, 0, 0, 0)", row));
		}
		catch (DuplicateKeyException ex) {
			// created by another writer meanwhile: the increment finds it
		}
	}

	/**
	 * The statistics of every delegation the current reader may read, per group of the grouping,
	 * with the keys the grouped query over delegations gives ({@code DelegationService#stats}).
	 */
	public List<StatsRow> rows(StatsGrouping grouping) {
		return ofEveryProvince(Grouping.of(grouping));
	}

	private List<StatsRow> ofEveryProvince(Grouping grouping) {
		Access.ReadScope scope = Access.readScope();
		String readable = scope.everything() ? "scope_province = :all"
				: scope.ownProvince() == null ? "scope_province = :all and visibility in (:shared)"
						: "(scope_province = :all and visibility in (:shared) "
								+ "or scope_province = :own and visibility not in (:shared))";
		return sum(grouping, "vn_top = :any and " + readable,
				readScope(scope).addValue("all", ALL_PROVINCES).addValue("any", ANY_PARTY));
	}

	/**
	 * The statistics of the delegations a province keeps (null: every delegation) that the current
	 * reader may read, per group: what a grouped query filtered by the keeping province gives.
	 */
	public List<StatsRow> keptBy(Grouping grouping, Long provinceId) {
		if (provinceId == null) {
			return ofEveryProvince(grouping);
		}
		Access.ReadScope scope = Access.readScope();
		String readable = scope.everything() || provinceId.equals(scope.ownProvince()) ? "1 = 1"
				: "visibility in (:shared)";
		return sum(grouping, "vn_top = :any and scope_province = :kept and " + readable,
				readScope(scope).addValue("any", ANY_PARTY).addValue("kept", provinceId));
	}

	/**
	 * The statistics of the delegations the current reader may read whose Vietnamese party is a
	 * locality under one of these top-level localities (and names no organisation), per group.
	 */
	public List<StatsRow> rollUp(StatsGrouping grouping, Set<Long> topLevel) {
		Access.ReadScope scope = Access.readScope();
		String readable = scope.everything() ? "1 = 1"
				: scope.ownProvince() == null ? "visibility in (:shared)"
						: "(visibility in (:shared) or scope_province = :own and visibility not in (:shared))";
		return sum(Grouping.of(grouping), "vn_top in (:tops) and " + readable,
				readScope(scope).addValue("tops", topLevel));
	}

	private static MapSqlParameterSource readScope(Access.ReadScope scope) {
		return new MapSqlParameterSource("shared", scope.shared().stream().map(Enum::name).toList())
			.addValue("own", scope.ownProvince());
	}

	private List<StatsRow> sum(Grouping grouping, String where, MapSqlParameterSource params) {
		params.addValue("grouping", grouping.name());
		return jdbc.query("select group_key, sum(delegations), sum(persons), sum(persons_known) from delegation_tally"
				+ " where grouped_by = :grouping and " + where + " group by group_key having sum(delegations) > 0",
				params, (rs, i) -> new StatsRow(keyOf(grouping, rs.getString(1)), rs.getLong(2), rs.getLong(3),
						rs.getLong(4)));
	}

	/** A stored group key back as the grouped query's key values. */
	private static List<Object> keyOf(Grouping grouping, String key) {
		if (grouping == Grouping.PARTNER) {
			String[] ids = key.split("/", -1);
			return Arrays.asList(id(ids[0]), id(ids[1]));
		}
		if (grouping == Grouping.YEAR_DIRECTION) {
			String[] parts = key.split("/", -1);
			return Arrays.asList(parts[0].isEmpty() ? null : Integer.valueOf(parts[0]),
					DelegationDirection.valueOf(parts[1]));
		}
		if (key.isEmpty()) {
			return Collections.singletonList(null);
		}
		return List.of(switch (grouping) {
			case DIRECTION -> DelegationDirection.valueOf(key);
			case YEAR -> Integer.valueOf(key);
			default -> key;
		});
	}

	private static Long id(String text) {
		return text.isEmpty() ? null : Long.valueOf(text);
	}

	/**
	 * Counts every delegation afresh (after a bulk load that bypassed the writes): the same rows as
	 * {@link #change}, with the keys of {@link Counted#key}, grouped in SQL.
	 */
	public void rebuild() {
		jdbc.getJdbcOperations().update("delete from delegation_tally");
		String bounds = String.join(", ", BOUNDS.stream().map(p -> "'" + p.name() + "'").toList());
		List<String[]> keys = new ArrayList<>();
		keys.add(new String[] { "PARTNER", "coalesce(cast(foreign_locality_id as varchar(20)), '') || '/' || "
				+ "coalesce(cast(foreign_organisation_id as varchar(20)), '')" });
		keys.add(new String[] { "COUNTRY", "coalesce(cast(foreign_country as varchar(2)), '')" });
		keys.add(new String[] { "DIRECTION", "direction" });
		String year = "case when start_on is null or start_precision in (" + bounds + ") then '' "
				+ "else cast(cast(extract(year from start_on) as int) as varchar(4)) end";
		keys.add(new String[] { "YEAR", year });
		keys.add(new String[] { "YEAR_DIRECTION", year + " || '/' || direction" });
		// the top-level locality of each Vietnamese party's locality: the root whose path begins its path
		String tops = "(select l.id as locality_id, r.id as top from locality l join locality r on r.parent_id is null "
				+ "and substring(l.path, 1, length(r.path)) = r.path "
				+ "where l.id in (select vn_locality_id from delegation)) t";
		String province = "coalesce(owner_province_id, 0)";
		// the rows each delegation counts in: every province's, its keeping province's, and its
		// top-level locality's when its Vietnamese party is a locality alone
		List<String> cells = List.of(
				"select " + ANY_PARTY + " as vt, " + ALL_PROVINCES + " as s, visibility as v, %s as k, size from delegation",
				"select " + ANY_PARTY + " as vt, " + province + " as s, visibility as v, %s as k, size from delegation",
				"select t.top as vt, " + province + " as s, visibility as v, %s as k, size from delegation join " + tops
						+ " on t.locality_id = delegation.vn_locality_id where vn_organisation_id is null");
		for (String[] key : keys) {
			for (String cell : cells) {
				jdbc.getJdbcOperations()
					.update("insert into delegation_tally (grouped_by, vn_top, scope_province, visibility, group_key, "
							+ "delegations, persons, persons_known) select '" + key[0] + "', vt, s, v, k, count(*), "
							+ "coalesce(sum(size), 0), count(size) from (" + cell.formatted(key[1])
							+ ") d group by vt, s, v, k");
			}
		}
	}

	/**
	 * Whether the tallies count as many delegations as the table holds, in every grouping (cheap: one
	 * count each): a grouping added since the tally was last counted is found missing, and counted.
	 */
	boolean matchesTable() {
		long delegations = count("select count(*) from delegation");
		for (Grouping grouping : Grouping.values()) {
			if (count("select coalesce(sum(delegations), 0) from delegation_tally where grouped_by = '" + grouping.name()
					+ "' and vn_top = " + ANY_PARTY + " and scope_province = " + ALL_PROVINCES) != delegations) {
				return false;
			}
		}
		return count("select coalesce(sum(delegations), 0) from delegation_tally where grouped_by = 'DIRECTION' "
				+ "and vn_top <> " + ANY_PARTY) == count("select count(*) from delegation "
						+ "where vn_locality_id is not null and vn_organisation_id is null");
	}

	private long count(String sql) {
		return jdbc.getJdbcOperations().queryForObject(sql, Long.class);
	}

	/**
	 * At start, a database whose delegations were loaded around the writes (a dump of a version
	 * before the tally, rows inserted by hand) gets its tally counted afresh.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfStale() {
		ownTransaction.executeWithoutResult(status -> {
			if (!matchesTable()) {
				log.info("Delegation statistics tally disagrees with the delegations: counting them afresh");
				rebuild();
			}
		});
	}

}
