package vn.hoptac.reviews;

import java.time.LocalDate;

/**
 * What a writer states of a review; the checklist follows CEMR's twinning evaluation: objectives
 * met, activities held, resources mobilised, benefits (each rated), problems and proposals.
 * {@code periodHalf} is 1 or 2 for a semiannual review and null for an annual one.
 */
public record ReviewDraft(Long partnershipId, ReviewKind kind, Integer periodYear, Integer periodHalf,
		LocalDate reviewedOn, String reviewer, ChecklistItem objectives, ChecklistItem activities,
		ChecklistItem resources, ChecklistItem benefits, String problems, String proposals,
		ReviewConclusion conclusion, String conclusionNote, String source) {

	public ReviewDraft {
		objectives = ChecklistItem.orEmpty(objectives);
		activities = ChecklistItem.orEmpty(activities);
		resources = ChecklistItem.orEmpty(resources);
		benefits = ChecklistItem.orEmpty(benefits);
	}

	/** The first day after the period reviewed. */
	public LocalDate periodEnd() {
		if (kind == ReviewKind.SEMIANNUAL && periodHalf != null && periodHalf == 1) {
			return LocalDate.of(periodYear, 7, 1);
		}
		return LocalDate.of(periodYear + 1, 1, 1);
	}

	/** The first day of the period reviewed. */
	public LocalDate periodStart() {
		return kind == ReviewKind.SEMIANNUAL && periodHalf != null && periodHalf == 2 ? LocalDate.of(periodYear, 7, 1)
				: LocalDate.of(periodYear, 1, 1);
	}

}
