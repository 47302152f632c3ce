package vn.hoptac.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.Iptt;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.monitoring.IpttService;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Section;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reports.ReportService.ReportView;
import vn.hoptac.reports.ReportService.Subject;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Names;

/**
 * The IPTT of a results framework as a report: a section per result, a table per indicator, a row
 * per period with its target, actual and % of target and the running totals, as the monitoring
 * module computes them for its IPTT page (nothing is summed here). Read as the framework is: whoever
 * may not read it gets the same 404 or 403 as from the IPTT's own API.
 */
@Service
public class IpttReports {

	public static final String KIND = "iptt";

	static final List<String> COLUMNS = List.of("target", "actual", "percentOfTarget", "targetToDate", "actualToDate");

	static final List<String> TEXT_COLUMNS = List.of("target", "actual");

	private final IpttService iptt;

	private final LocalityService localities;

	private final ReportLabels labels;

	IpttReports(IpttService iptt, LocalityService localities, ReportLabels labels) {
		this.iptt = iptt;
		this.localities = localities;
		this.labels = labels;
	}

	@Transactional(readOnly = true)
	public ReportView view(long frameworkId) {
		Iptt table = iptt.of(frameworkId);
		Long keeper = table.framework().getStewardship().provinceId();
		Locality province = keeper == null ? null : localities.get(keeper);
		return new ReportView(province, null, Optional.empty(), figures(table),
				new Subject(KIND, frameworkId, table.framework().getTitle()));
	}

	ReportFigures figures(Iptt table) {
		List<Section> sections = new ArrayList<>();
		for (Iptt.ResultRows result : table.results()) {
			List<Table> tables = result.indicators().stream().map(this::indicatorTable).toList();
			sections.add(new Section("enum.ResultLevel." + result.result().getLevel().name(),
					vietnamese(result.result().getTitle()), tables));
		}
		return new ReportFigures(sections);
	}

	private Table indicatorTable(Iptt.IndicatorRows rows) {
		Indicator indicator = rows.indicator();
		if (!indicator.getMeasure().isComparable()) {
			return textTable(rows);
		}
		List<Row> lines = new ArrayList<>();
		lines.add(Row.named(baseline(indicator.getBaselineYear()), null, indicator.getBaseline().number(), null, null,
				null));
		for (Iptt.PeriodRow p : rows.periods()) {
			lines.add(Row.named(vietnamese(period(p.start(), p.end())), p.target().number(), p.actual().number(),
					p.percentOfTarget(), p.cumulativeTarget(), p.cumulativeActual()));
		}
		return new Table(null, vietnamese(title(indicator)), COLUMNS, lines);
	}

	/**
	 * An indicator measured in words or codes (qualitative, nominal, ordinal): its target and actual
	 * as the records give them, as text; % of target and running totals mean nothing for it.
	 */
	private Table textTable(Iptt.IndicatorRows rows) {
		Indicator indicator = rows.indicator();
		List<Row> lines = new ArrayList<>();
		lines.add(Row.texts(null, baseline(indicator.getBaselineYear()), List.of("", text(indicator.getBaseline()))));
		for (Iptt.PeriodRow p : rows.periods()) {
			lines.add(Row.texts(null, vietnamese(period(p.start(), p.end())), List.of(text(p.target()), text(p.actual()))));
		}
		return new Table(null, vietnamese(title(indicator)), TEXT_COLUMNS, lines);
	}

	/** A value as the source gives it: its words, its code with its words ("2: khá"), or its code. */
	private static String text(MeasuredValue value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String number = value.number() == null ? null : value.number().stripTrailingZeros().toPlainString();
		return number == null ? value.text() : value.text() == null ? number : number + ": " + value.text();
	}

	private static String title(Indicator indicator) {
		return indicator.getTitle() + (indicator.getUnit() == null ? "" : " (" + indicator.getUnit() + ")");
	}

	/** "2021", "2021 – 2025", "… – 2023" (a start the source does not give): the same in every language. */
	private static String period(PartialDate start, PartialDate end) {
		if (start == null) {
			return "… – " + end;
		}
		return start.equals(end) ? start.toString() : start + " – " + end;
	}

	/** "Baseline (2015)" in the three languages; the figures are kept apart from the language they are read in. */
	private Names baseline(Integer year) {
		return labels.of("reports.row.baseline", year == null ? "" : " (" + year + ")");
	}

	/** A title the records keep in Vietnamese only. */
	private static Names vietnamese(String text) {
		return new Names(text, null, null, null);
	}

}
