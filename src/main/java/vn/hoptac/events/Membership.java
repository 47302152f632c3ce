package vn.hoptac.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;

/**
 * A Vietnamese locality's or body's membership of an international network or organisation
 * (CityNet since 2011), with the roles it held there. Its awards are {@link Award}s that name it.
 */
@Entity
@Table(name = "membership")
public class Membership extends PartyRecord {

	public static final int TITLE_LENGTH = 500;

	public static final int ROLE_LENGTH = 300;

	public static final int NOTE_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	@Column(length = TITLE_LENGTH)
	private String title;

	private Long networkOrganisationId;

	private Long memberLocalityId;

	private Long memberOrganisationId;

	@Enumerated(EnumType.STRING)
	private MembershipKind kind;

	@Enumerated(EnumType.STRING)
	private MembershipStatus status;

	private LocalDate sinceOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision sincePrecision;

	private LocalDate untilOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision untilPrecision;

	@Column(length = NOTE_LENGTH)
	private String note;

	@ElementCollection
	@CollectionTable(name = "membership_role", joinColumns = @JoinColumn(name = "membership_id"))
	@OrderColumn(name = "position")
	private List<MembershipRole> roles = new ArrayList<>();

	protected Membership() {
	}

	Membership(MembershipDraft draft, String title, Stewardship stewardship) {
		apply(draft, title, stewardship);
	}

	void apply(MembershipDraft draft, String title, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = Text.fit(title, TITLE_LENGTH);
		this.networkOrganisationId = draft.networkOrganisationId();
		this.memberLocalityId = draft.memberLocalityId();
		this.memberOrganisationId = draft.memberOrganisationId();
		this.kind = draft.kind();
		this.status = draft.status();
		this.sinceOn = draft.since() == null ? null : draft.since().date();
		this.sincePrecision = draft.since() == null ? null : draft.since().precision();
		this.untilOn = draft.until() == null ? null : draft.until().date();
		this.untilPrecision = draft.until() == null ? null : draft.until().precision();
		this.note = draft.note();
		this.source = draft.source();
		this.roles.clear();
		this.roles.addAll(draft.roles());
		this.searchText = Text.fit(Text.searchText(this.title, note,
				String.join(" ", roles.stream().map(MembershipRole::role).toList())), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(this.title), SORT_KEY_LENGTH);
	}

	void loadDetails() {
		Hibernate.initialize(roles);
	}

	public String getTitle() {
		return title;
	}

	public Long getNetworkOrganisationId() {
		return networkOrganisationId;
	}

	public Long getMemberLocalityId() {
		return memberLocalityId;
	}

	public Long getMemberOrganisationId() {
		return memberOrganisationId;
	}

	public MembershipKind getKind() {
		return kind;
	}

	public MembershipStatus getStatus() {
		return status;
	}

	public LocalDate getSinceOn() {
		return sinceOn;
	}

	public DatePrecision getSincePrecision() {
		return sincePrecision;
	}

	public PartialDate getSince() {
		return PartialDate.of(sinceOn, sincePrecision);
	}

	public LocalDate getUntilOn() {
		return untilOn;
	}

	public DatePrecision getUntilPrecision() {
		return untilPrecision;
	}

	public PartialDate getUntil() {
		return PartialDate.of(untilOn, untilPrecision);
	}

	public String getNote() {
		return note;
	}

	public List<MembershipRole> getRoles() {
		return roles;
	}

}
