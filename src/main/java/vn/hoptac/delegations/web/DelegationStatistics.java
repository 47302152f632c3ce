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

	StatsResponse of(DelegationQuery query, StatsGrouping grouping) {
		return new StatsResponse(grouping, rows(query, grouping),
				totals.concerning(query)
					.stream()
					.map(t -> ReportedTotalResponse.of(t, CitationResponse.of(citations.of(t.getSource()))))
					.toList());
	}

	/** The counted groups, named in the reader's language. */
	List<StatsResponse.Row> rows(DelegationQuery query, StatsGrouping grouping) {
		List<StatsRow> rows = delegations.stats(query, grouping);
		PartyDirectory.Lookup partners = grouping == StatsGrouping.PARTNER ? names.partners(rows) : null;
		return rows.stream()
			.map(row -> new StatsResponse.Row(DelegationNames.key(grouping, row), names.label(grouping, row, partners),
					row.delegations(), row.persons(), row.personsKnown()))
			.toList();
	}

}
