package vn.hoptac.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import vn.hoptac.calendar.internal.PublicHolidayRepository;

/** Counts working days: Monday to Friday, except Vietnamese public holidays. */
@Service
public class WorkingDayCalendar {

	private final PublicHolidayRepository holidays;

	WorkingDayCalendar(PublicHolidayRepository holidays) {
		this.holidays = holidays;
	}

	/** The date that is {@code days} working days after {@code start} (the start day itself not counted). */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		Set<LocalDate> closed = holidays.datesBetween(start, start.plusDays(days * 3L + 30));
		return plusWorkingDays(start, days, closed::contains);
	}

	/**
	 * The latest start from which {@code days} working days end on or before {@code due}: the inverse
	 * of {@link #plusWorkingDays}, which never decreases, so "the deadline falls due by {@code due}"
	 * is "it started on or before this day" and a database can select those records by their start.
	 */
	public LocalDate latestStartDueBy(LocalDate due, int days) {
		Set<LocalDate> closed = holidays.datesBetween(due.minusDays(days * 3L + 30), due);
		return latestStartDueBy(due, days, closed::contains);
	}

	static LocalDate latestStartDueBy(LocalDate due, int days, Predicate<LocalDate> isHoliday) {
		// the days-th working day counted back from due (inclusive) must lie after the start
		LocalDate date = due.plusDays(1);
		int counted = 0;
		while (counted < days) {
			date = date.minusDays(1);
			if (isWorkingDay(date, isHoliday)) {
				counted++;
			}
		}
		return date.minusDays(1);
	}

	static LocalDate plusWorkingDays(LocalDate start, int days, Predicate<LocalDate> isHoliday) {
		LocalDate date = start;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date, isHoliday)) {
				counted++;
			}
		}
		return date;
	}

	private static boolean isWorkingDay(LocalDate date, Predicate<LocalDate> isHoliday) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday.test(date);
	}

}
