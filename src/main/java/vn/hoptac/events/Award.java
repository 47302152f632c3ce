package vn.hoptac.events;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.StewardedRecord;

/**
 * An award a Vietnamese locality or body received (ASOCIO Smart City Award 2019), within a
 * membership, at an event or for a project, and who gave it.
 */
@Entity
@Table(name = "award")
public class Award extends StewardedRecord {

	public static final int TITLE_LENGTH = 500;

	public static final int NOTE_LENGTH = 1000;

	public static final int SOURCE_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	@Column(length = TITLE_LENGTH)
	private String title;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	private Long membershipId;

	private Long eventId;

	private Long projectId;

	private LocalDate awardedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision awardedPrecision;

	private Long awardedByOrganisationId;

	@Column(length = NOTE_LENGTH)
	private String note;

	protected Award() {
	}

	Award(AwardDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	void apply(AwardDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.vnLocalityId = draft.vnLocalityId();
		this.vnOrganisationId = draft.vnOrganisationId();
		this.membershipId = draft.membershipId();
		this.eventId = draft.eventId();
		this.projectId = draft.projectId();
		this.awardedOn = draft.awardedOn() == null ? null : draft.awardedOn().date();
		this.awardedPrecision = draft.awardedOn() == null ? null : draft.awardedOn().precision();
		this.awardedByOrganisationId = draft.awardedByOrganisationId();
		this.note = draft.note();
		this.source = draft.source();
		this.searchText = Text.fit(Text.searchText(title, note), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	public String getTitle() {
		return title;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getVnOrganisationId() {
		return vnOrganisationId;
	}

	public Long getMembershipId() {
		return membershipId;
	}

	public Long getEventId() {
		return eventId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public LocalDate getAwardedOn() {
		return awardedOn;
	}

	public DatePrecision getAwardedPrecision() {
		return awardedPrecision;
	}

	public PartialDate getAwarded() {
		return PartialDate.of(awardedOn, awardedPrecision);
	}

	public Long getAwardedByOrganisationId() {
		return awardedByOrganisationId;
	}

	public String getNote() {
		return note;
	}

}
