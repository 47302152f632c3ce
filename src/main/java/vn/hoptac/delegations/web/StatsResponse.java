package vn.hoptac.delegations.web;

import java.util.List;

import vn.hoptac.delegations.StatsGrouping;

/**
 * The delegation statistics: one row per group of the delegations recorded one by one
 * ({@code persons} sums the sizes stated, {@code personsKnown} counts the delegations that stated
 * one), and, apart from them and never added to them, the totals sources report for periods.
 */
record StatsResponse(StatsGrouping groupBy, List<Row> rows, List<ReportedTotalResponse> reported) {

	/** A group: its key ("locality:12", "KR", "INBOUND", "2015"; null: unknown), its name, its figures. */
	record Row(String key, String label, long delegations, long persons, long personsKnown) {
	}

}
