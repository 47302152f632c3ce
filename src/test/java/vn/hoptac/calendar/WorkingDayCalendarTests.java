package vn.hoptac.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

	@Test
	void skipsWeekends() {
		// Friday 2024-03-08 + 7 working days = Tuesday 2024-03-19
		assertThat(WorkingDayCalendar.plusWorkingDays(LocalDate.of(2024, 3, 8), 7, d -> false))
			.isEqualTo(LocalDate.of(2024, 3, 19));
	}

	@Test
	void skipsHolidays() {
		Set<LocalDate> holidays = Set.of(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));
		// Friday 2024-04-26: Mon-Wed are holidays, so Thu 2 May is the first working day.
		assertThat(WorkingDayCalendar.plusWorkingDays(LocalDate.of(2024, 4, 26), 1, holidays::contains))
			.isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(WorkingDayCalendar.plusWorkingDays(LocalDate.of(2024, 4, 26), 7, holidays::contains))
			.isEqualTo(LocalDate.of(2024, 5, 10));
	}

	@Test
	void latestStartDueByIsTheInverseOfAddingWorkingDays() {
		Set<LocalDate> holidays = Set.of(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1),
				LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3));
		for (LocalDate due = LocalDate.of(2024, 4, 1); due.isBefore(LocalDate.of(2024, 10, 1)); due = due.plusDays(1)) {
			LocalDate latest = WorkingDayCalendar.latestStartDueBy(due, 7, holidays::contains);
			assertThat(WorkingDayCalendar.plusWorkingDays(latest, 7, holidays::contains)).as("due by %s", due)
				.isBeforeOrEqualTo(due);
			assertThat(WorkingDayCalendar.plusWorkingDays(latest.plusDays(1), 7, holidays::contains))
				.as("one day later is due after %s", due)
				.isAfter(due);
		}
		// Friday 2024-05-10 is 7 working days after Wednesday 2024-05-01, a holiday, and not after Thursday 2024-05-02
		assertThat(WorkingDayCalendar.latestStartDueBy(LocalDate.of(2024, 5, 10), 7, holidays::contains))
			.isEqualTo(LocalDate.of(2024, 5, 1));
	}

}
