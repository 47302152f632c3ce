package vn.hoptac.exchanges;

import java.time.LocalDate;
import java.util.ArrayList;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;

/**
 * An exchange of people between a Vietnamese locality or body and a foreign one: a training course,
 * a staff exchange, scholarships, students, lecturers, volunteers; with how many took part, by
 * direction, year and, where known, sex. A number the source does not give is not recorded.
 */
@Entity
@Table(name = "exchange")
public class Exchange extends PartyRecord {

	/** Column sizes of exchange and its counts (db/migration V37): the limits requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int PROGRAMME_LENGTH = 200;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int NOTE_LENGTH = 1000;

	public static final int SOURCE_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private ExchangeKind kind;

	@Enumerated(EnumType.STRING)
	private ExchangeStatus status;

	@Column(length = PROGRAMME_LENGTH)
	private String programmeName;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	private Long foreignLocalityId;

	private Long foreignOrganisationId;

	private String foreignCountry;

	private Long partnershipId;

	private Long projectId;

	private boolean online;

	private LocalDate startOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision;

	private LocalDate endOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision endPrecision;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	@ElementCollection
	@CollectionTable(name = "exchange_field", joinColumns = @JoinColumn(name = "exchange_id"))
	@Column(name = "field")
	@Enumerated(EnumType.STRING)
	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@ElementCollection
	@CollectionTable(name = "exchange_count", joinColumns = @JoinColumn(name = "exchange_id"))
	@OrderColumn(name = "position")
	private List<ExchangeCount> counts = new ArrayList<>();

	protected Exchange() {
	}

	Exchange(ExchangeDraft draft, String foreignCountry, Stewardship stewardship) {
		apply(draft, foreignCountry, stewardship);
	}

	void apply(ExchangeDraft draft, String foreignCountry, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.kind = draft.kind();
		this.status = draft.status();
		this.programmeName = draft.programmeName();
		this.vnLocalityId = draft.vnLocalityId();
		this.vnOrganisationId = draft.vnOrganisationId();
		this.foreignLocalityId = draft.foreignLocalityId();
		this.foreignOrganisationId = draft.foreignOrganisationId();
		this.foreignCountry = foreignCountry;
		this.partnershipId = draft.partnershipId();
		this.projectId = draft.projectId();
		this.online = draft.online();
		this.startOn = draft.startOn() == null ? null : draft.startOn().date();
		this.startPrecision = draft.startOn() == null ? null : draft.startOn().precision();
		this.endOn = draft.endOn() == null ? null : draft.endOn().date();
		this.endPrecision = draft.endOn() == null ? null : draft.endOn().precision();
		this.description = draft.description();
		this.source = draft.source();
		this.fields.clear();
		this.fields.addAll(draft.fields());
		this.counts.clear();
		this.counts.addAll(draft.counts());
		this.searchText = Text.fit(Text.searchText(title, programmeName, description), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	void loadDetails() {
		Hibernate.initialize(fields);
		Hibernate.initialize(counts);
	}

	public String getTitle() {
		return title;
	}

	public ExchangeKind getKind() {
		return kind;
	}

	public ExchangeStatus getStatus() {
		return status;
	}

	public String getProgrammeName() {
		return programmeName;
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

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public boolean isOnline() {
		return online;
	}

	public LocalDate getStartOn() {
		return startOn;
	}

	public DatePrecision getStartPrecision() {
		return startPrecision;
	}

	public LocalDate getEndOn() {
		return endOn;
	}

	public DatePrecision getEndPrecision() {
		return endPrecision;
	}

	/** The start as precisely as it is known, or null. */
	public PartialDate getStart() {
		return PartialDate.of(startOn, startPrecision);
	}

	/** The end as precisely as it is known, or null. */
	public PartialDate getEnd() {
		return PartialDate.of(endOn, endPrecision);
	}

	public String getDescription() {
		return description;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public List<ExchangeCount> getCounts() {
		return counts;
	}

}
