package vn.hoptac.reviews.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hoptac.reviews.ChecklistItem;
import vn.hoptac.reviews.ChecklistRating;
import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewConclusion;
import vn.hoptac.reviews.ReviewDraft;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.VersionedForm;

/**
 * The review form: its fields carry the names of {@link ReviewDraft}'s (a checklist point as its
 * rating and note), so the service's objections land next to them as they are.
 */
public class ReviewForm implements VersionedForm, FormErrors.RowsForm {

	private Long partnershipId;

	private ReviewKind kind;

	private Integer periodYear;

	private Integer periodHalf;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewedOn;

	@Size(max = PartnershipReview.REVIEWER_LENGTH)
	private String reviewer;

	private ChecklistRating objectivesRating;

	@Size(max = PartnershipReview.TEXT_LENGTH)
	private String objectivesNote;

	private ChecklistRating activitiesRating;

	@Size(max = PartnershipReview.TEXT_LENGTH)
	private String activitiesNote;

	private ChecklistRating resourcesRating;

	@Size(max = PartnershipReview.TEXT_LENGTH)
	private String resourcesNote;

	private ChecklistRating benefitsRating;

	@Size(max = PartnershipReview.TEXT_LENGTH)
	private String benefitsNote;

	@Size(max = PartnershipReview.TEXT_LENGTH)
	private String problems;

	@Size(max = PartnershipReview.TEXT_LENGTH)
	private String proposals;

	private ReviewConclusion conclusion;

	@Size(max = PartnershipReview.TEXT_LENGTH)
	private String conclusionNote;

	@Size(max = PartnershipReview.SOURCE_LENGTH)
	private String source;

	private Long version;

	/** A blank form for the partnership and period a reminder names, reviewed today. */
	static ReviewForm blank(Long partnershipId, ReviewKind kind, Integer year, Integer half, LocalDate today) {
		ReviewForm form = new ReviewForm();
		form.partnershipId = partnershipId;
		form.kind = kind == null ? ReviewKind.SEMIANNUAL : kind;
		form.periodYear = year;
		form.periodHalf = half;
		form.reviewedOn = today;
		form.conclusion = ReviewConclusion.CONTINUE;
		return form;
	}

	static ReviewForm of(PartnershipReview r) {
		ReviewForm form = new ReviewForm();
		form.partnershipId = r.getPartnershipId();
		form.kind = r.getKind();
		form.periodYear = r.getPeriodYear();
		form.periodHalf = r.getPeriodHalf();
		form.reviewedOn = r.getReviewedOn();
		form.reviewer = r.getReviewer();
		form.objectivesRating = r.getObjectives().rating();
		form.objectivesNote = r.getObjectives().note();
		form.activitiesRating = r.getActivities().rating();
		form.activitiesNote = r.getActivities().note();
		form.resourcesRating = r.getResources().rating();
		form.resourcesNote = r.getResources().note();
		form.benefitsRating = r.getBenefits().rating();
		form.benefitsNote = r.getBenefits().note();
		form.problems = r.getProblems();
		form.proposals = r.getProposals();
		form.conclusion = r.getConclusion();
		form.conclusionNote = r.getConclusionNote();
		form.source = r.getSource();
		form.version = r.getVersion();
		return form;
	}

	ReviewDraft toDraft() {
		return new ReviewDraft(partnershipId, kind, periodYear, kind == ReviewKind.ANNUAL ? null : periodHalf,
				reviewedOn, FormFields.trimmed(reviewer), item(objectivesRating, objectivesNote),
				item(activitiesRating, activitiesNote), item(resourcesRating, resourcesNote),
				item(benefitsRating, benefitsNote), FormFields.trimmed(problems), FormFields.trimmed(proposals), conclusion,
				FormFields.trimmed(conclusionNote), FormFields.trimmed(source));
	}

	private static ChecklistItem item(ChecklistRating rating, String note) {
		return new ChecklistItem(rating, FormFields.trimmed(note));
	}

	/** The form has no repeatable rows. */
	@Override
	public void dropBlankRows() {
	}

	@Override
	public FormErrors.RowsForm withBlankRows() {
		return this;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public ReviewKind getKind() {
		return kind;
	}

	public void setKind(ReviewKind kind) {
		this.kind = kind;
	}

	public Integer getPeriodYear() {
		return periodYear;
	}

	public void setPeriodYear(Integer periodYear) {
		this.periodYear = periodYear;
	}

	public Integer getPeriodHalf() {
		return periodHalf;
	}

	public void setPeriodHalf(Integer periodHalf) {
		this.periodHalf = periodHalf;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public void setReviewedOn(LocalDate reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

	public String getReviewer() {
		return reviewer;
	}

	public void setReviewer(String reviewer) {
		this.reviewer = reviewer;
	}

	public ChecklistRating getObjectivesRating() {
		return objectivesRating;
	}

	public void setObjectivesRating(ChecklistRating objectivesRating) {
		this.objectivesRating = objectivesRating;
	}

	public String getObjectivesNote() {
		return objectivesNote;
	}

	public void setObjectivesNote(String objectivesNote) {
		this.objectivesNote = objectivesNote;
	}

	public ChecklistRating getActivitiesRating() {
		return activitiesRating;
	}

	public void setActivitiesRating(ChecklistRating activitiesRating) {
		this.activitiesRating = activitiesRating;
	}

	public String getActivitiesNote() {
		return activitiesNote;
	}

	public void setActivitiesNote(String activitiesNote) {
		this.activitiesNote = activitiesNote;
	}

	public ChecklistRating getResourcesRating() {
		return resourcesRating;
	}

	public void setResourcesRating(ChecklistRating resourcesRating) {
		this.resourcesRating = resourcesRating;
	}

	public String getResourcesNote() {
		return resourcesNote;
	}

	public void setResourcesNote(String resourcesNote) {
		this.resourcesNote = resourcesNote;
	}

	public ChecklistRating getBenefitsRating() {
		return benefitsRating;
	}

	public void setBenefitsRating(ChecklistRating benefitsRating) {
		this.benefitsRating = benefitsRating;
	}

	public String getBenefitsNote() {
		return benefitsNote;
	}

	public void setBenefitsNote(String benefitsNote) {
		this.benefitsNote = benefitsNote;
	}

	public String getProblems() {
		return problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getProposals() {
		return proposals;
	}

	public void setProposals(String proposals) {
		this.proposals = proposals;
	}

	public ReviewConclusion getConclusion() {
		return conclusion;
	}

	public void setConclusion(ReviewConclusion conclusion) {
		this.conclusion = conclusion;
	}

	public String getConclusionNote() {
		return conclusionNote;
	}

	public void setConclusionNote(String conclusionNote) {
		this.conclusionNote = conclusionNote;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	@Override
	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
