package vn.hoptac.delegations.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.delegations.DelegationQuery;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.ReportedTotalService;
import vn.hoptac.delegations.StatsGrouping;
import vn.hoptac.delegations.StatsRow;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

/** The statistics as the API answers them and the statistics page shows them: counted groups, reported totals apart. */
@Component
class DelegationStatistics {

	private final DelegationService delegations;

	private final ReportedTotalService totals;

	private final DelegationNames names;

	private final Citations citations;

	DelegationStatistics(DelegationService delegations, ReportedTotalService totals, DelegationNames names,
			Citations citations) {
		this.delegations = delegations;
		this.totals = totals;
		this.names = names;
		this.citations = citations;
	}

	/** How many groups a statistic shows unless asked for another number: the largest first. */
	static final int SHOWN = 100;

	StatsResponse of(DelegationQuery query, StatsGrouping grouping, int shown) {
		Shown counted = shown(query, grouping, shown);
		return new StatsResponse(grouping, counted.rows(), counted.groups(), counted.others(),
				totals.concerning(query)
					.stream()
					.map(t -> ReportedTotalResponse.of(t, CitationResponse.of(citations.of(t.getSource()))))
					.toList());
	}

	/**
	 * The counted groups, the largest first: at most {@code shown} of them, named in the reader's
	 * language (only those are named: a national statistic by partner has thousands of groups), and
	 * the others summed.
	 */
	Shown shown(DelegationQuery query, StatsGrouping grouping, int shown) {
		List<StatsRow> all = delegations.stats(query, grouping);
		List<StatsRow> top = all.subList(0, Math.min(shown, all.size()));
		List<StatsRow> rest = all.subList(top.size(), all.size());
		PartyDirectory.Lookup partners = grouping == StatsGrouping.PARTNER ? names.partners(top) : null;
		List<StatsResponse.Row> rows = top.stream()
			.map(row -> new StatsResponse.Row(DelegationNames.key(grouping, row), names.label(grouping, row, partners),
					row.delegations(), row.persons(), row.personsKnown()))
			.toList();
		StatsResponse.Others others = rest.isEmpty() ? null
				: new StatsResponse.Others(rest.size(), rest.stream().mapToLong(StatsRow::delegations).sum(),
						rest.stream().mapToLong(StatsRow::persons).sum(),
						rest.stream().mapToLong(StatsRow::personsKnown).sum());
		return new Shown(rows, all.size(), others);
	}

	/** The groups shown, how many groups there are, and the others summed (null when all are shown). */
	record Shown(List<StatsResponse.Row> rows, int groups, StatsResponse.Others others) {
	}

}
