package vn.hoptac.reports.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.reports.ReportFigures;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportService.ReportView;
import vn.hoptac.shared.Names;

/**
 * How a report reads in one language: its heading lines after Decree 30/2020/NĐ-CP, its section and
 * table labels from the {@code i18n/reports} bundle, its numbers. Every format (DOCX, XLSX, PDF, the
 * page) asks this one class, so they say the same thing.
 */
final class ReportText {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MessageSource messages;

	private final Locale locale;

	private final ReportView view;

	ReportText(MessageSource messages, Locale locale, ReportView view) {
		this.messages = messages;
		this.locale = locale;
		this.view = view;
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	Locale locale() {
		return locale;
	}

	ReportView view() {
		return view;
	}

	/** Whether the report is of a period (a province's or the nation's), with the officer's text. */
	boolean periodic() {
		return view.subject() == null;
	}

	/** The national report's view has no province: MOFA issues it for the whole country. */
	boolean national() {
		return periodic() && view.province() == null;
	}

	/** How the kind reads in the API's path: "annual", "semiannual", "iptt", "partnership". */
	String kindPath() {
		return periodic() ? view.period().kind().path() : view.subject().kind();
	}

	String kindLabel() {
		return msg("reports.kind." + (periodic() ? view.period().kind().name() : view.subject().kind()));
	}

	/** The province keeping the report; the nation for the national report, null for a national record's. */
	String provinceName() {
		if (view.province() == null) {
			return national() ? msg("reports.national.scope") : null;
		}
		String name = view.province().getNames().in(locale);
		return name == null ? view.province().getNames().vi() : name;
	}

	/** "UBND TỈNH THÁI NGUYÊN": the People's Committee the department belongs to, in capitals. */
	String issuerAbove() {
		if (view.province() == null) {
			return national() ? msg("reports.doc.national.ministry").toUpperCase(locale) : "";
		}
		String level = view.province().getLevel() == LocalityLevel.MUNICIPALITY ? "city" : "province";
		return msg("reports.doc.issuer." + level, provinceName()).toUpperCase(locale);
	}

	String issuer() {
		return view.province() == null && !national() ? msg("reports.doc.ministry") : docLine("department");
	}

	String numberLine() {
		return view.province() == null && !national() ? msg("reports.doc.number.ministry") : docLine("number");
	}

	/** A line of the document's frame ({@code reports.doc.*}): MOFA's own in the national report. */
	String docLine(String key) {
		return msg((national() ? "reports.doc.national." : "reports.doc.") + key);
	}

	/** "Thái Nguyên, ngày 15 tháng 01 năm 2024": the day submitted, or today for a draft. */
	String placeAndDate(LocalDate today) {
		LocalDate day = view.report()
			.filter(r -> r.getSubmittedAt() != null)
			.map(r -> r.getSubmittedAt().atZone(VIETNAM).toLocalDate())
			.orElse(today);
		String place = national() ? msg("reports.doc.national.place")
				: view.province() == null ? msg("reports.doc.capital") : provinceName();
		return msg("reports.doc.placeDate", place, String.format("%02d", day.getDayOfMonth()),
				String.format("%02d", day.getMonthValue()), String.valueOf(day.getYear()),
				day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale));
	}

	String title() {
		return msg("reports.doc.title");
	}

	/**
	 * "Tình hình công tác đối ngoại địa phương năm 2023" or "… 6 tháng đầu năm 2023"; the national
	 * report says it consolidates the provinces.
	 */
	String subtitle() {
		if (view.profile()) {
			return msg("reports.doc.profile.subtitle", view.subject().title());
		}
		if (!periodic()) {
			return msg("reports.doc.subtitle." + view.subject().kind(), view.subject().title());
		}
		return msg((national() ? "reports.doc.national.subtitle." : "reports.doc.subtitle.") + view.period().kind().path()
				+ (view.period().half() == 2 ? ".second" : ""), String.valueOf(view.period().year()));
	}

	/** A section's title: its key's label, a record's title after the label of its key, or the title alone. */
	String sectionTitle(ReportFigures.Section section) {
		return titled(section.key() == null ? null : label(section.key(), ReportFigures.SECTION), section.name());
	}

	String tableTitle(ReportFigures.Table table) {
		return titled(table.key() == null ? null : label(table.key(), ReportFigures.TABLE), table.name());
	}

	private String titled(String label, Names name) {
		if (name == null) {
			return label;
		}
		return label == null ? name(name) : label + ": " + name(name);
	}

	/**
	 * The label of a key: as it read when the report was sent (frozen figures keep their labels), else
	 * from the bundles (an enumeration's value as it reads elsewhere, else the key under the prefix).
	 */
	private String label(String key, String prefix) {
		return asSent(ReportFigures.code(key, prefix));
	}

	/** A label as it read when the report was sent, or from the bundles for live figures. */
	String asSent(String code) {
		Names sent = view.figures().labels().get(code);
		return sent == null ? msg(code) : name(sent);
	}

	String column(String key) {
		return label(key, ReportFigures.COLUMN);
	}

	String rowLabel(Row row) {
		if (row.key() != null) {
			// rows of an enumeration's values read as the enumeration does elsewhere
			return label(row.key(), ReportFigures.ROW);
		}
		return name(row.name());
	}

	private String name(Names names) {
		String name = names.in(locale);
		return name == null ? names.vi() : name;
	}

	String number(BigDecimal value) {
		if (value == null) {
			return "–";
		}
		// counts and money are whole; an indicator's rate or % of target keeps its decimals
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** Roman numerals of the numbered sections (I., II., …). */
	static String roman(int n) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] numerals = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder roman = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			for (; n >= values[i]; n -= values[i]) {
				roman.append(numerals[i]);
			}
		}
		return roman.toString();
	}

	List<ReportFigures.Section> sections() {
		return view.figures().sections();
	}

	String summary() {
		return view.report().map(r -> r.getSummary()).orElse(null);
	}

	String problems() {
		return view.report().map(r -> r.getProblems()).orElse(null);
	}

	/** What a document lays out between its heading and its signature; DOCX and PDF walk the same parts. */
	interface Outline {

		/** A numbered section's heading ("II. ĐOÀN RA, ĐOÀN VÀO"). */
		void section(String heading);

		/** A table's numbered title ("1. Theo phương thức"), given when a section has several. */
		void tableTitle(String title);

		void table(ReportFigures.Table table);

		/** The officer's text, a paragraph a line. */
		void body(String text);

	}

	/** The report's parts in order: the summary if written, the sections of figures, problems and proposals. */
	void walk(Outline outline) {
		int number = 0;
		if (summary() != null) {
			outline.section(sectionHeading(++number, asSent("reports.section.summary")));
			outline.body(summary());
		}
		for (ReportFigures.Section section : sections()) {
			outline.section(sectionHeading(++number, sectionTitle(section)));
			int table = 0;
			for (ReportFigures.Table t : section.tables()) {
				// a named table (an indicator) is titled even alone: the section names only its result
				if (section.tables().size() > 1 || t.name() != null) {
					outline.tableTitle(++table + ". " + tableTitle(t));
				}
				outline.table(t);
			}
		}
		// the officer's problems and proposals belong to a province's periodic report only
		if (periodic() && !national()) {
			outline.section(sectionHeading(++number, asSent("reports.section.problems")));
			outline.body(problems() == null ? msg("reports.doc.noText") : problems());
		}
	}

	private String sectionHeading(int number, String title) {
		return roman(number) + ". " + title.toUpperCase(locale);
	}

	/** The version line under the heading: draft or submitted, and the version's number. */
	String status() {
		if (!periodic()) {
			return msg("reports.status.live");
		}
		return view.report()
			.map(r -> msg("reports.status." + r.getStatus().name(), r.getNumber()))
			.orElse(msg("reports.status.none"));
	}

}
