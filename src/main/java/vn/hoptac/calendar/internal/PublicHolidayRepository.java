package vn.hoptac.calendar.internal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicHolidayRepository extends JpaRepository<PublicHoliday, LocalDate> {

	@Query("select h.date from PublicHoliday h where h.date between :from and :to")
	Set<LocalDate> datesBetween(LocalDate from, LocalDate to);

}
