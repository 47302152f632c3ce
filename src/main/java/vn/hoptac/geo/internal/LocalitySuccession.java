package vn.hoptac.geo.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A locality taken over by another on a date (merger, transfer, renaming). */
@Entity
@Table(name = "locality_succession")
public class LocalitySuccession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long predecessorId;

	private Long successorId;

	private LocalDate effectiveOn;

	private String kind;

	private String source;

	protected LocalitySuccession() {
	}

	public Long getPredecessorId() {
		return predecessorId;
	}

	public Long getSuccessorId() {
		return successorId;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public String getKind() {
		return kind;
	}

	public String getSource() {
		return source;
	}

}
