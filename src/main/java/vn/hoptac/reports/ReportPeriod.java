package vn.hoptac.reports;

import java.time.LocalDate;

/**
 * The period a report covers: a year, or its first or second half. An annual report has no half
 * (stored as 0).
 */
public record ReportPeriod(ReportKind kind, int year, int half) {

	public ReportPeriod {
		if (kind == ReportKind.ANNUAL) {
			half = 0;
		}
		else if (half != 1 && half != 2) {
			throw new IllegalArgumentException("half");
		}
	}

	public LocalDate from() {
		return LocalDate.of(year, half == 2 ? 7 : 1, 1);
	}

	public LocalDate to() {
		return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
	}

	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(from()) && !day.isAfter(to());
	}

}
