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

	/** The national report's view has no province: MOFA issues it for the whole country. */
	boolean national() {
		return view.province() == null;
	}

	String provinceName() {
		if (national()) {
			return msg("reports.national.scope");
		}
		String name = view.province().getNames().in(locale);
		return name == null ? view.province().getNames().vi() : name;
	}

	/** "UBND TỈNH THÁI NGUYÊN": the People's Committee the department belongs to, in capitals. */
	String issuerAbove() {
		if (national()) {
			return msg("reports.doc.national.ministry").toUpperCase(locale);
		}
		String level = view.province().getLevel() == LocalityLevel.MUNICIPALITY ? "city" : "province";
		return msg("reports.doc.issuer." + level, provinceName()).toUpperCase(locale);
	}

	String issuer() {
		return docLine("department");
	}

	String numberLine() {
		return docLine("number");
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
		return msg("reports.doc.placeDate", national() ? msg("reports.doc.national.place") : provinceName(), String.format("%02d", day.getDayOfMonth()),
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
			return msg("reports.doc.profile.subtitle", view.subject());
		}
		return msg((national() ? "reports.doc.national.subtitle." : "reports.doc.subtitle.") + view.period().kind().path()
				+ (view.period().half() == 2 ? ".second" : ""), String.valueOf(view.period().year()));
	}

	String sectionTitle(String key) {
		return msg("reports.section." + key);
	}

	String tableTitle(String key) {
		return msg("reports.table." + key);
	}

	/** The table's title: its name when it has one (a province's table), else its key's message. */
	String tableTitle(ReportFigures.Table table) {
		return table.name() == null ? tableTitle(table.key()) : name(table.name());
	}

	String column(String key) {
		return msg("reports.column." + key);
	}

	String rowLabel(Row row) {
		if (row.key() != null) {
			// rows of an enumeration's values read as the enumeration does elsewhere
			return msg(row.key().startsWith("enum.") ? row.key() : "reports.row." + row.key());
		}
		return name(row.name());
	}

	private String name(vn.hoptac.shared.Names names) {
		String name = names.in(locale);
		return name == null ? names.vi() : name;
	}

	String number(BigDecimal value) {
		return value == null ? "–" : NumberFormat.getIntegerInstance(locale).format(value);
	}

	/** Roman numerals of the numbered sections (I., II., …). */
	static String roman(int n) {
		String[] numerals = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
		return numerals[n - 1];
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

	/** The version line under the heading: draft or submitted, and the version's number. */
	String status() {
		return view.report()
			.map(r -> msg("reports.status." + r.getStatus().name(), r.getNumber()))
			.orElse(msg("reports.status.none"));
	}

}
