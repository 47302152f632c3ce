package vn.hoptac.feedback;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.hoptac.shared.KeptRecord;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;

/**
 * One piece of community feedback on a form: rating 1–5, category, comment, commune, and (unless
 * anonymous) who gave it. Kept by the form's province and readable only there (and nationally);
 * triage moves it new → acknowledged → resolved and records when it was first answered.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends KeptRecord {

	public static final int COMMENT_LENGTH = 4000;

	public static final int PERSON_LENGTH = 200;

	public static final int UUID_LENGTH = 64;

	static final int TITLE_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 5000;

	private Long formId;

	private int rating;

	@Enumerated(EnumType.STRING)
	private FeedbackCategory category;

	@Column(name = "comment_text", length = COMMENT_LENGTH)
	private String comment;

	private Long communeId;

	private boolean anonymous;

	@Column(length = PERSON_LENGTH)
	private String submitterName;

	@Column(length = PERSON_LENGTH)
	private String submitterContact;

	private String language;

	@Enumerated(EnumType.STRING)
	private FeedbackOrigin origin;

	@Column(length = UUID_LENGTH)
	private String externalUuid;

	@Enumerated(EnumType.STRING)
	private FeedbackStatus status;

	private Instant submittedAt;

	private Instant firstResponseAt;

	private Long responseSeconds;

	private Instant resolvedAt;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Column(length = SEARCH_TEXT_LENGTH)
	private String searchText;

	protected Feedback() {
	}

	Feedback(Submission s, FeedbackForm form, Instant submittedAt) {
		this.formId = form.getId();
		this.rating = s.rating();
		this.category = s.category();
		this.comment = FormFields.trimmed(s.comment());
		this.communeId = s.communeId();
		this.anonymous = s.anonymous();
		// anonymous feedback keeps nothing that names or reaches its author
		this.submitterName = s.anonymous() ? null : FormFields.trimmed(s.name());
		this.submitterContact = s.anonymous() ? null : FormFields.trimmed(s.contact());
		this.language = s.language();
		this.origin = s.origin();
		this.externalUuid = FormFields.trimmed(s.externalUuid());
		this.status = FeedbackStatus.NEW;
		this.submittedAt = submittedAt;
		this.title = Text.fit(form.getTitle(), TITLE_LENGTH);
		this.stewardship = new Stewardship(form.getStewardship().provinceId(), null,
				form.getStewardship().visibility());
		this.searchText = Text.fit(Text.searchText(form.getTitle(), form.getSubjectTitle(), comment),
				SEARCH_TEXT_LENGTH);
	}

	/** Triage moves the status on; the first acknowledgement (or reply) fixes the response time. */
	void moveTo(FeedbackStatus next, Instant at) {
		answered(at);
		this.status = next;
		if (next == FeedbackStatus.RESOLVED) {
			this.resolvedAt = at;
		}
	}

	/** Staff answered (acknowledged or replied): the first time counts as the response. */
	void answered(Instant at) {
		if (firstResponseAt == null) {
			firstResponseAt = at;
			responseSeconds = Math.max(0, Duration.between(submittedAt, at).getSeconds());
		}
	}

	public Long getFormId() {
		return formId;
	}

	public int getRating() {
		return rating;
	}

	public FeedbackCategory getCategory() {
		return category;
	}

	public String getComment() {
		return comment;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	/** Not in the audit trail's snapshots, which are kept for good: a person's name stays erasable. */
	@JsonIgnore
	public String getSubmitterName() {
		return submitterName;
	}

	@JsonIgnore
	public String getSubmitterContact() {
		return submitterContact;
	}

	public String getLanguage() {
		return language;
	}

	public FeedbackOrigin getOrigin() {
		return origin;
	}

	public String getExternalUuid() {
		return externalUuid;
	}

	public FeedbackStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getFirstResponseAt() {
		return firstResponseAt;
	}

	public Long getResponseSeconds() {
		return responseSeconds;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	/** The form's title when the feedback was given. */
	public String getTitle() {
		return title;
	}

}
