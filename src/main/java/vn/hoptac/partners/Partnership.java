package vn.hoptac.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;

/**
 * A relation between a Vietnamese party (locality or organisation) and a foreign one. Its type and
 * status are dated histories; the current values are the latest entries, kept in columns for filtering.
 */
@Entity
@Table(name = "partnership")
public class Partnership extends PartyRecord {

	/** Column sizes of partnership and its histories (db/migration): the schema's limits, which requests are validated against. */
	public static final int TITLE_LENGTH = 400;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	public static final int NOTE_LENGTH = 1000;

	public static final int MILESTONE_TITLE_LENGTH = 500;

	/** Folded names and the collation key are cut to their columns: a long name stays searchable by its start. */
	public static final int SEARCH_TEXT_LENGTH = 2000;

	static final int SORT_KEY_LENGTH = 900;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private PartnershipLevel level;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	private Long foreignLocalityId;

	private Long foreignOrganisationId;

	private String foreignCountry;

	@Enumerated(EnumType.STRING)
	private PartnershipType currentType;

	@Enumerated(EnumType.STRING)
	private PartnershipStatus currentStatus;

	private LocalDate establishedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision establishedPrecision;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	@ElementCollection
	@CollectionTable(name = "partnership_field", joinColumns = @JoinColumn(name = "partnership_id"))
	@Column(name = "field")
	@Enumerated(EnumType.STRING)
	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@ElementCollection
	@CollectionTable(name = "partnership_type_change", joinColumns = @JoinColumn(name = "partnership_id"))
	@OrderBy("validFrom")
	private List<TypeChange> typeHistory = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "partnership_status_change", joinColumns = @JoinColumn(name = "partnership_id"))
	@OrderBy("validFrom")
	private List<StatusChange> statusHistory = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "partnership_milestone", joinColumns = @JoinColumn(name = "partnership_id"))
	@OrderBy("date")
	private List<Milestone> milestones = new ArrayList<>();

	protected Partnership() {
	}

	Partnership(PartnershipDraft draft, String title, String foreignCountry, Stewardship stewardship) {
		apply(draft, title, foreignCountry, stewardship);
	}

	/** The search text is the partnership's own: its parties are found by their current names ({@link PartnershipService}). */
	void apply(PartnershipDraft draft, String title, String foreignCountry, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = title;
		this.level = draft.level();
		this.vnLocalityId = draft.vnLocalityId();
		this.vnOrganisationId = draft.vnOrganisationId();
		this.foreignLocalityId = draft.foreignLocalityId();
		this.foreignOrganisationId = draft.foreignOrganisationId();
		this.foreignCountry = foreignCountry;
		this.description = draft.description();
		this.source = draft.source();
		this.fields.clear();
		this.fields.addAll(draft.fields());
		replace(typeHistory, draft.types(), Comparator.comparing(TypeChange::validFrom));
		replace(statusHistory, draft.statuses(), Comparator.comparing(StatusChange::validFrom));
		replace(milestones, draft.milestones(), Comparator.comparing(Milestone::date));
		this.currentType = typeHistory.isEmpty() ? null : typeHistory.get(typeHistory.size() - 1).type();
		this.currentStatus = statusHistory.isEmpty() ? null : statusHistory.get(statusHistory.size() - 1).status();
		PartialDate established = earliest();
		this.establishedOn = established == null ? null : established.date();
		this.establishedPrecision = established == null ? null : established.precision();
		this.searchText = Text.fit(Text.searchText(title, description), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	private static <T> void replace(List<T> target, List<T> values, Comparator<T> order) {
		target.clear();
		values.stream().sorted(order).forEach(target::add);
	}

	/**
	 * The relation began with its first recorded type or status, or failing those its first milestone,
	 * as precisely as that date is known ("2005": some day of 2005). A date known only as a bound
	 * ("before 12/2020") says when the relation existed, not when it began.
	 */
	private PartialDate earliest() {
		return PartialDate.earliest(java.util.stream.Stream
			.of(typeHistory.stream().map(t -> PartialDate.of(t.validFrom(), t.datePrecision())),
					statusHistory.stream().map(s -> PartialDate.of(s.validFrom(), s.datePrecision())),
					milestones.stream().map(m -> PartialDate.of(m.date(), m.datePrecision())))
			.flatMap(s -> s));
	}

	void loadDetails() {
		Hibernate.initialize(fields);
		Hibernate.initialize(typeHistory);
		Hibernate.initialize(statusHistory);
		Hibernate.initialize(milestones);
	}

	public String getTitle() {
		return title;
	}

	public PartnershipLevel getLevel() {
		return level;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getVnOrganisationId() {
		return vnOrganisationId;
	}

	public Long getForeignLocalityId() {
		return foreignLocalityId;
	}

	public Long getForeignOrganisationId() {
		return foreignOrganisationId;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public PartnershipType getCurrentType() {
		return currentType;
	}

	public PartnershipStatus getCurrentStatus() {
		return currentStatus;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	/** How precisely the establishment is known: a year, a month or a day (null when there is no date). */
	public DatePrecision getEstablishedPrecision() {
		return establishedPrecision;
	}

	public String getDescription() {
		return description;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public List<TypeChange> getTypeHistory() {
		return typeHistory;
	}

	public List<StatusChange> getStatusHistory() {
		return statusHistory;
	}

	public List<Milestone> getMilestones() {
		return milestones;
	}

}
