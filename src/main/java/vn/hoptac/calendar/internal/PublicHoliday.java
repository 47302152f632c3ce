package vn.hoptac.calendar.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day off for the public service, with the legal basis it comes from. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

	@Id
	@Column(name = "holiday_date")
	private LocalDate date;

	private String nameVi;

	private String nameEn;

	private String nameKo;

	private String source;

	protected PublicHoliday() {
	}

	public LocalDate getDate() {
		return date;
	}

	public String getNameVi() {
		return nameVi;
	}

}
