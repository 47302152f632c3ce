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
