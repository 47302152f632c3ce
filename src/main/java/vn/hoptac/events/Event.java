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
 * An event a Vietnamese locality or body hosted or attended (APEC 2017 in Đà Nẵng, an investment
 * promotion conference, a festival), or a series of them ({@code coversEvents}: "9 forums"), with
 * its scale as the source gives it.
 */
@Entity
@Table(name = "event")
public class Event extends PartyRecord {

	public static final int TITLE_LENGTH = 500;

	public static final int EDITION_LENGTH = 40;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Enumerated(EnumType.STRING)
	private EventRole role;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	private Long venueLocalityId;

	private String venueCountry;

	private Long organiserOrganisationId;

	private Long partnershipId;

	private Long projectId;

	private Long conferenceId;

	@Column(length = EDITION_LENGTH)
	private String edition;

	private boolean recurring;

	private Integer coversEvents;

	private LocalDate startOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision;

	private LocalDate endOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision endPrecision;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	@ElementCollection
	@CollectionTable(name = "event_figure", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	private List<EventFigure> figures = new ArrayList<>();

	protected Event() {
	}

	Event(EventDraft draft, String venueCountry, Stewardship stewardship) {
		apply(draft, venueCountry, stewardship);
	}

	void apply(EventDraft draft, String venueCountry, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.kind = draft.kind();
		this.role = draft.role();
		this.vnLocalityId = draft.vnLocalityId();
		this.vnOrganisationId = draft.vnOrganisationId();
		this.venueLocalityId = draft.venueLocalityId();
		this.venueCountry = venueCountry;
		this.organiserOrganisationId = draft.organiserOrganisationId();
		this.partnershipId = draft.partnershipId();
		this.projectId = draft.projectId();
		this.conferenceId = draft.conferenceId();
		this.edition = draft.edition();
		this.recurring = draft.recurring();
		this.coversEvents = draft.coversEvents();
		this.startOn = draft.startOn() == null ? null : draft.startOn().date();
		this.startPrecision = draft.startOn() == null ? null : draft.startOn().precision();
		this.endOn = draft.endOn() == null ? null : draft.endOn().date();
		this.endPrecision = draft.endOn() == null ? null : draft.endOn().precision();
		this.description = draft.description();
		this.source = draft.source();
		this.figures.clear();
		this.figures.addAll(draft.figures());
		this.searchText = Text.fit(Text.searchText(title, edition, description), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	void loadDetails() {
		Hibernate.initialize(figures);
	}

	public String getTitle() {
		return title;
	}

	public EventKind getKind() {
		return kind;
	}

	public EventRole getRole() {
		return role;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getVnOrganisationId() {
		return vnOrganisationId;
	}

	public Long getVenueLocalityId() {
		return venueLocalityId;
	}

	public String getVenueCountry() {
		return venueCountry;
	}

	public Long getOrganiserOrganisationId() {
		return organiserOrganisationId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Long getProjectId() {
		return projectId;
	}

	/** The project the event belongs to (null: none). */
	void belongToProject(Long projectId) {
		this.projectId = projectId;
	}

	public Long getConferenceId() {
		return conferenceId;
	}

	public String getEdition() {
		return edition;
	}

	public boolean isRecurring() {
		return recurring;
	}

	public Integer getCoversEvents() {
		return coversEvents;
	}

	public LocalDate getStartOn() {
		return startOn;
	}

	public DatePrecision getStartPrecision() {
		return startPrecision;
	}

	public PartialDate getStart() {
		return PartialDate.of(startOn, startPrecision);
	}

	public LocalDate getEndOn() {
		return endOn;
	}

	public DatePrecision getEndPrecision() {
		return endPrecision;
	}

	public PartialDate getEnd() {
		return PartialDate.of(endOn, endPrecision);
	}

	public String getDescription() {
		return description;
	}

	public List<EventFigure> getFigures() {
		return figures;
	}

}
