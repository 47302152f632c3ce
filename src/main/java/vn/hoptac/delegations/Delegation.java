package vn.hoptac.delegations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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

import vn.hoptac.money.Converted;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;
import vn.hoptac.shared.Hundredths;

/**
 * An inbound or outbound delegation: who led it and at what rank, when, how many, why, with whom
 * (the foreign party, the partnership, the agreements it concerns), what it did and cost, and what
 * it left to follow up.
 */
@Entity
@Table(name = "delegation")
public class Delegation extends PartyRecord {

	/** Column sizes (db/migration V30): the schema's limits, which requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int NAME_LENGTH = 200;

	public static final int POSITION_LENGTH = 300;

	public static final int TEXT_LENGTH = 4000;

	public static final int NOTE_LENGTH = 1000;

	public static final int VENUE_LENGTH = 300;

	public static final int SOURCE_LENGTH = 500;

	public static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private DelegationDirection direction;

	@Enumerated(EnumType.STRING)
	private DelegationStatus status;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	@Column(length = NAME_LENGTH)
	private String vnLeadName;

	@Column(length = POSITION_LENGTH)
	private String vnLeadTitle;

	private Long foreignLocalityId;

	private Long foreignOrganisationId;

	private String foreignCountry;

	private Long partnershipId;

	@Column(length = NAME_LENGTH)
	private String headName;

	@Column(length = POSITION_LENGTH)
	private String headTitle;

	@Enumerated(EnumType.STRING)
	private DelegationRank headRank;

	private LocalDate startOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision;

	private LocalDate endOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision endPrecision;

	private Integer size;

	@Enumerated(EnumType.STRING)
	private Qualifier sizeQualifier;

	@Column(length = TEXT_LENGTH)
	private String purpose;

	@Column(length = TEXT_LENGTH)
	private String programme;

	@Column(length = TEXT_LENGTH)
	private String outcomes;

	@Column(length = VENUE_LENGTH)
	private String venue;

	private BigDecimal costAmount;

	private String costCurrency;

	/** The cost in đồng and dollars at the rate of its date, once the rates are known; null until then. */
	private BigDecimal costVnd;

	private BigDecimal costUsd;

	@Enumerated(EnumType.STRING)
	private CostBearer costBearer;

	private Long planItemId;

	private Long eventId;

	@ElementCollection
	@CollectionTable(name = "delegation_field", joinColumns = @JoinColumn(name = "delegation_id"))
	@Column(name = "field")
	@Enumerated(EnumType.STRING)
	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@ElementCollection
	@CollectionTable(name = "delegation_agreement", joinColumns = @JoinColumn(name = "delegation_id"))
	@Column(name = "agreement_id")
	private Set<Long> agreementIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "delegation_guest", joinColumns = @JoinColumn(name = "delegation_id"))
	@OrderColumn(name = "position")
	private List<DelegationGuest> guests = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "delegation_follow_up", joinColumns = @JoinColumn(name = "delegation_id"))
	@OrderColumn(name = "position")
	private List<FollowUp> followUps = new ArrayList<>();

	protected Delegation() {
	}

	Delegation(DelegationDraft draft, String foreignCountry, Stewardship stewardship) {
		apply(draft, foreignCountry, stewardship);
	}

	void apply(DelegationDraft d, String foreignCountry, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = d.title().trim();
		this.direction = d.direction();
		this.status = d.status();
		this.vnLocalityId = d.vnLocalityId();
		this.vnOrganisationId = d.vnOrganisationId();
		this.vnLeadName = d.vnLeadName();
		this.vnLeadTitle = d.vnLeadTitle();
		this.foreignLocalityId = d.foreignLocalityId();
		this.foreignOrganisationId = d.foreignOrganisationId();
		this.foreignCountry = foreignCountry;
		this.partnershipId = d.partnershipId();
		this.headName = d.headName();
		this.headTitle = d.headTitle();
		this.headRank = d.headRank();
		this.startOn = d.startOn() == null ? null : d.startOn().date();
		this.startPrecision = d.startOn() == null ? null : d.startOn().precision();
		this.endOn = d.endOn() == null ? null : d.endOn().date();
		this.endPrecision = d.endOn() == null ? null : d.endOn().precision();
		this.size = d.size();
		this.sizeQualifier = d.size() == null ? null : d.sizeQualifier() == null ? Qualifier.EXACT : d.sizeQualifier();
		this.purpose = d.purpose();
		this.programme = d.programme();
		this.outcomes = d.outcomes();
		this.venue = d.venue();
		this.costAmount = Hundredths.stored(d.costAmount());
		this.costCurrency = d.costAmount() == null ? null : d.costCurrency();
		this.costBearer = d.costBearer();
		this.planItemId = d.planItemId();
		this.eventId = d.eventId();
		this.source = d.source();
		this.fields.clear();
		this.fields.addAll(d.fields());
		this.agreementIds.clear();
		this.agreementIds.addAll(d.agreementIds());
		this.guests.clear();
		this.guests.addAll(d.guests());
		this.followUps.clear();
		this.followUps.addAll(d.followUps());
		this.searchText = Text.fit(Text.searchText(title, headName, headTitle, vnLeadName, purpose), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	/** The cost's đồng and dollar equivalents at the rates of its day; null: no cost, or its day unknown. */
	/** The event the delegation attended or held (null: none). */
	void attendEvent(Long eventId) {
		this.eventId = eventId;
	}

	void convertedCost(Converted converted) {
		this.costVnd = converted == null ? null : converted.vndToStore();
		this.costUsd = converted == null ? null : converted.usdToStore();
	}

	/** Lists name the guests with the other parties; with batch fetching a page loads them in one query. */
	void loadDetails() {
		Hibernate.initialize(fields);
		Hibernate.initialize(agreementIds);
		Hibernate.initialize(guests);
		Hibernate.initialize(followUps);
	}

	public PartialDate getStart() {
		return startOn == null ? null : PartialDate.of(startOn, startPrecision);
	}

	public PartialDate getEnd() {
		return endOn == null ? null : PartialDate.of(endOn, endPrecision);
	}

	public String getTitle() {
		return title;
	}

	public DelegationDirection getDirection() {
		return direction;
	}

	public DelegationStatus getStatus() {
		return status;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getVnOrganisationId() {
		return vnOrganisationId;
	}

	public String getVnLeadName() {
		return vnLeadName;
	}

	public String getVnLeadTitle() {
		return vnLeadTitle;
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

	public String getHeadName() {
		return headName;
	}

	public String getHeadTitle() {
		return headTitle;
	}

	public DelegationRank getHeadRank() {
		return headRank;
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

	public Integer getSize() {
		return size;
	}

	public Qualifier getSizeQualifier() {
		return sizeQualifier;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getProgramme() {
		return programme;
	}

	public String getOutcomes() {
		return outcomes;
	}

	public String getVenue() {
		return venue;
	}

	public BigDecimal getCostAmount() {
		return costAmount;
	}

	public String getCostCurrency() {
		return costCurrency;
	}

	public BigDecimal getCostVnd() {
		return costVnd;
	}

	public BigDecimal getCostUsd() {
		return costUsd;
	}

	public CostBearer getCostBearer() {
		return costBearer;
	}

	public Long getPlanItemId() {
		return planItemId;
	}

	public Long getEventId() {
		return eventId;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public Set<Long> getAgreementIds() {
		return agreementIds;
	}

	public List<DelegationGuest> getGuests() {
		return guests;
	}

	public List<FollowUp> getFollowUps() {
		return followUps;
	}

}
