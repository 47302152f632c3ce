package vn.hoptac.delegations.web;

import java.util.List;

import vn.hoptac.delegations.StatsGrouping;

/**
 * The delegation statistics: one row per group of the delegations recorded one by one
 * ({@code persons} sums the sizes stated, {@code personsKnown} counts the delegations that stated
 * one), the largest groups first and at most {@code size} of them; {@code groups} says how many
 * there are and {@code others} sums those not shown (null when every group is). Apart from them and
 * never added to them, the totals sources report for periods.
 */
record StatsResponse(StatsGrouping groupBy, List<Row> rows, int groups, Others others,
		List<ReportedTotalResponse> reported) {

	/** A group: its key ("locality:12", "KR", "INBOUND", "2015"; null: unknown), its name, its figures. */
	record Row(String key, String label, long delegations, long persons, long personsKnown) {
	}

	/** The groups past the rows shown, summed: how many groups, delegations and persons. */
	record Others(int groups, long delegations, long persons, long personsKnown) {
	}

}
