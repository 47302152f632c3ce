package vn.hoptac.reports.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.hoptac.reports.Report;
import vn.hoptac.reports.ReportService;

/** A report as the API shows it: every label in the reader's language, next to the keys a program reads. */
record ReportResponse(Province province, String kind, String kindLabel, Integer year, Integer half, String title,
		ReportService.Subject subject, Version report, boolean frozen, List<Section> sections, String summary,
		String problems) {

	/** The province reported on; for the national report, no id or code and the country's name. */
	record Province(Long id, String code, String name) {
	}

	record Version(long id, int number, String status, String statusLabel, Instant submittedAt, String submittedBy,
			long version) {
	}

	record Section(String key, String title, List<Table> tables) {
	}

	record Table(String key, String title, List<Column> columns, List<Row> rows) {
	}

	record Column(String key, String label) {
	}

	/** A row: its label, its text cells (a date, a title) and its figures. */
	record Row(String key, String label, List<String> texts, List<BigDecimal> values) {
	}

	static ReportResponse of(ReportText text) {
		var view = text.view();
		Version version = view.report().map(r -> version(r, text)).orElse(null);
		List<Section> sections = view.figures()
			.sections()
			.stream()
			.map(s -> new Section(s.key(), text.sectionTitle(s),
					s.tables()
						.stream()
						.map(t -> new Table(t.key(), text.tableTitle(t),
								t.columns().stream().map(c -> new Column(c, text.column(c))).toList(),
								t.rows().stream().map(r -> new Row(r.key(), text.rowLabel(r), r.texts(), r.values())).toList()))
						.toList()))
			.toList();
		var period = view.period();
		return new ReportResponse(
				view.province() == null ? text.national() ? new Province(null, null, text.provinceName()) : null
						: new Province(view.province().getId(), view.province().getCode(), text.provinceName()),
				text.kindPath(), text.kindLabel(), period == null ? null : period.year(),
				period == null || period.half() == 0 ? null : period.half(), text.subtitle(), view.subject(), version,
				view.frozen(), sections, text.summary(), text.problems());
	}

	private static Version version(Report r, ReportText text) {
		return new Version(r.getId(), r.getNumber(), r.getStatus().name(),
				text.msg("reports.status." + r.getStatus().name(), r.getNumber()), r.getSubmittedAt(), r.getSubmittedBy(),
				r.getVersion());
	}

}
