package vn.hoptac.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.hoptac.shared.KeptRecord;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;

/**
 * A public feedback form of a project or a partnership: its title, the consent text a member of the
 * public accepts, the categories offered and whether it takes submissions. Kept by the province of
 * its project or partnership; the public page shows an open form to anyone.
 */
@Entity
@Table(name = "feedback_form")
public class FeedbackForm extends KeptRecord {

	public static final int TITLE_LENGTH = 300;

	public static final int CONSENT_LENGTH = 2000;

	static final int SUBJECT_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 3000;

	private Long projectId;

	private Long partnershipId;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Column(length = CONSENT_LENGTH)
	private String consentText;

	private String categories;

	@Column(name = "is_open")
	private boolean open;

	@Column(length = SUBJECT_LENGTH)
	private String subjectTitle;

	@Column(length = SEARCH_TEXT_LENGTH)
	private String searchText;

	protected FeedbackForm() {
	}

	FeedbackForm(FormDraft draft, String subjectTitle, Stewardship stewardship) {
		apply(draft, subjectTitle, stewardship);
	}

	void apply(FormDraft draft, String subjectTitle, Stewardship stewardship) {
		this.projectId = draft.projectId();
		this.partnershipId = draft.projectId() == null ? draft.partnershipId() : null;
		this.title = draft.title().strip();
		this.consentText = draft.consentText().strip();
		this.categories = draft.categories().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
		this.open = draft.open();
		this.subjectTitle = Text.fit(subjectTitle, SUBJECT_LENGTH);
		this.stewardship = stewardship;
		this.searchText = Text.fit(Text.searchText(title, subjectTitle), SEARCH_TEXT_LENGTH);
	}

	public Long getProjectId() {
		return projectId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getTitle() {
		return title;
	}

	public String getConsentText() {
		return consentText;
	}

	public List<FeedbackCategory> getCategories() {
		return categoriesOf(categories);
	}

	/** The categories as stored: their codes, comma-separated. */
	public static List<FeedbackCategory> categoriesOf(String stored) {
		return stored == null || stored.isBlank() ? List.of()
				: Arrays.stream(stored.split(",")).map(FeedbackCategory::valueOf).toList();
	}

	public boolean isOpen() {
		return open;
	}

	/** The project's or partnership's title when the form was last written. */
	public String getSubjectTitle() {
		return subjectTitle;
	}

}
