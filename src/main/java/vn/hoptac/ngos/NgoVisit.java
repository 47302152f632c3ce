package vn.hoptac.ngos;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/** A supervision visit to the NGO or one of its projects ({@code projectId}), and what it found. */
@Embeddable
public record NgoVisit(LocalDate visitedOn, @Enumerated(EnumType.STRING) DatePrecision visitedPrecision,
		@Column(length = Ngo.TEAM_LENGTH) String team, Long projectId,
		@Column(length = Ngo.TEXT_LENGTH) String findings, @Column(length = Ngo.TEXT_LENGTH) String recommendations) {

	public NgoVisit(PartialDate visited, String team, Long projectId, String findings, String recommendations) {
		this(visited == null ? null : visited.date(), visited == null ? null : visited.precision(), team, projectId,
				findings, recommendations);
	}

	/** The date as precisely as it is known, or null. */
	public PartialDate visited() {
		return PartialDate.of(visitedOn, visitedPrecision);
	}

}
