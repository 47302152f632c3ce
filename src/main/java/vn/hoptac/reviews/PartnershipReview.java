package vn.hoptac.reviews;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.hoptac.shared.StewardedRecord;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;

/**
 * A review of a partnership for a half year or a year: the checklist, the reviewer's conclusion and
 * where it is written. Kept like its partnership (province and visibility); its title is the
 * partnership's as it was when the review was written.
 */
@Entity
@Table(name = "partnership_review")
public class PartnershipReview extends StewardedRecord {

	/** Column sizes (db/migration): the schema's limits, which requests are validated against. */
	public static final int TEXT_LENGTH = 2000;

	public static final int REVIEWER_LENGTH = 200;

	public static final int SOURCE_LENGTH = 500;

	static final int TITLE_LENGTH = 500;

	private Long partnershipId;

	@Enumerated(EnumType.STRING)
	private ReviewKind kind;

	private int periodYear;

	private Integer periodHalf;

	private LocalDate reviewedOn;

	@Column(length = REVIEWER_LENGTH)
	private String reviewer;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "rating", column = @Column(name = "objectives_rating")),
			@AttributeOverride(name = "note", column = @Column(name = "objectives_note")) })
	private ChecklistItem objectives;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "rating", column = @Column(name = "activities_rating")),
			@AttributeOverride(name = "note", column = @Column(name = "activities_note")) })
	private ChecklistItem activities;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "rating", column = @Column(name = "resources_rating")),
			@AttributeOverride(name = "note", column = @Column(name = "resources_note")) })
	private ChecklistItem resources;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "rating", column = @Column(name = "benefits_rating")),
			@AttributeOverride(name = "note", column = @Column(name = "benefits_note")) })
	private ChecklistItem benefits;

	@Column(length = TEXT_LENGTH)
	private String problems;

	@Column(length = TEXT_LENGTH)
	private String proposals;

	@Enumerated(EnumType.STRING)
	private ReviewConclusion conclusion;

	@Column(length = TEXT_LENGTH)
	private String conclusionNote;

	@Column(length = TITLE_LENGTH)
	private String title;

	protected PartnershipReview() {
	}

	PartnershipReview(ReviewDraft draft, String partnershipTitle, Stewardship stewardship) {
		apply(draft, partnershipTitle, stewardship);
	}

	void apply(ReviewDraft d, String partnershipTitle, Stewardship stewardship) {
		this.partnershipId = d.partnershipId();
		this.kind = d.kind();
		this.periodYear = d.periodYear();
		this.periodHalf = d.kind() == ReviewKind.SEMIANNUAL ? d.periodHalf() : null;
		this.reviewedOn = d.reviewedOn();
		this.reviewer = d.reviewer();
		this.objectives = d.objectives();
		this.activities = d.activities();
		this.resources = d.resources();
		this.benefits = d.benefits();
		this.problems = d.problems();
		this.proposals = d.proposals();
		this.conclusion = d.conclusion();
		this.conclusionNote = d.conclusionNote();
		this.source = d.source();
		this.title = Text.fit(partnershipTitle, TITLE_LENGTH);
		this.stewardship = stewardship;
		listedAs(partnershipTitle, partnershipTitle, reviewer, objectives.note(), activities.note(), resources.note(),
				benefits.note(), problems, proposals, conclusionNote);
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public ReviewKind getKind() {
		return kind;
	}

	public int getPeriodYear() {
		return periodYear;
	}

	public Integer getPeriodHalf() {
		return periodHalf;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public String getReviewer() {
		return reviewer;
	}

	public ChecklistItem getObjectives() {
		return ChecklistItem.orEmpty(objectives);
	}

	public ChecklistItem getActivities() {
		return ChecklistItem.orEmpty(activities);
	}

	public ChecklistItem getResources() {
		return ChecklistItem.orEmpty(resources);
	}

	public ChecklistItem getBenefits() {
		return ChecklistItem.orEmpty(benefits);
	}

	public String getProblems() {
		return problems;
	}

	public String getProposals() {
		return proposals;
	}

	public ReviewConclusion getConclusion() {
		return conclusion;
	}

	public String getConclusionNote() {
		return conclusionNote;
	}

	/** The partnership's title when the review was written. */
	public String getTitle() {
		return title;
	}

}
