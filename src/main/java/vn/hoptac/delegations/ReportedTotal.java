package vn.hoptac.delegations;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.StewardedRecord;

/**
 * A total that a source reports for a period, kept apart from the delegations counted one by one:
 * it predates the records, and adding the two would count some delegations twice.
 */
@Entity
@Table(name = "delegation_reported_total")
public class ReportedTotal extends StewardedRecord {

	public static final int COUNTED_AS_LENGTH = 300;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	private Long partnershipId;

	private String foreignCountry;

	@Enumerated(EnumType.STRING)
	private DelegationDirection direction;

	@Column(length = COUNTED_AS_LENGTH)
	private String countedAs;

	private LocalDate periodFrom;

	@Enumerated(EnumType.STRING)
	private DatePrecision periodFromPrecision;

	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	private DatePrecision periodToPrecision;

	@Enumerated(EnumType.STRING)
	private CountBasis basis;

	private Integer delegations;

	@Enumerated(EnumType.STRING)
	private Qualifier delegationsQualifier;

	private Integer persons;

	@Enumerated(EnumType.STRING)
	private Qualifier personsQualifier;

	@Enumerated(EnumType.STRING)
	private PersonsUnit personsUnit;

	@Column(length = Delegation.NOTE_LENGTH)
	private String note;

	protected ReportedTotal() {
	}

	ReportedTotal(ReportedTotalDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	void apply(ReportedTotalDraft d, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.vnLocalityId = d.vnLocalityId();
		this.vnOrganisationId = d.vnOrganisationId();
		this.partnershipId = d.partnershipId();
		this.foreignCountry = vn.hoptac.shared.Countries.normalise(d.foreignCountry());
		this.direction = d.direction();
		this.countedAs = d.countedAs();
		this.periodFrom = d.periodFrom() == null ? null : d.periodFrom().date();
		this.periodFromPrecision = d.periodFrom() == null ? null : d.periodFrom().precision();
		this.periodTo = d.periodTo() == null ? null : d.periodTo().date();
		this.periodToPrecision = d.periodTo() == null ? null : d.periodTo().precision();
		this.basis = d.basis();
		this.delegations = d.delegations();
		this.delegationsQualifier = d.delegations() == null ? null
				: d.delegationsQualifier() == null ? Qualifier.EXACT : d.delegationsQualifier();
		this.persons = d.persons();
		this.personsQualifier = d.persons() == null ? null
				: d.personsQualifier() == null ? Qualifier.EXACT : d.personsQualifier();
		this.personsUnit = d.persons() == null ? null : d.personsUnit() == null ? PersonsUnit.PERSONS : d.personsUnit();
		this.note = d.note();
		this.source = d.source();
		this.searchText = Text.fit(Text.searchText(countedAs, note), Delegation.SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(countedAs == null ? "" : countedAs), Delegation.SORT_KEY_LENGTH);
	}

	/** How the audit names it: what it counts and over which period. */
	public String getSummary() {
		return (countedAs != null ? countedAs : "#" + getId()) + (periodFrom == null ? "" : " " + getFrom())
				+ (periodTo == null ? "" : " – " + getTo());
	}

	public PartialDate getFrom() {
		return periodFrom == null ? null : PartialDate.of(periodFrom, periodFromPrecision);
	}

	public PartialDate getTo() {
		return periodTo == null ? null : PartialDate.of(periodTo, periodToPrecision);
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getVnOrganisationId() {
		return vnOrganisationId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public DelegationDirection getDirection() {
		return direction;
	}

	public String getCountedAs() {
		return countedAs;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public DatePrecision getPeriodFromPrecision() {
		return periodFromPrecision;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public DatePrecision getPeriodToPrecision() {
		return periodToPrecision;
	}

	public CountBasis getBasis() {
		return basis;
	}

	public Integer getDelegations() {
		return delegations;
	}

	public Qualifier getDelegationsQualifier() {
		return delegationsQualifier;
	}

	public Integer getPersons() {
		return persons;
	}

	public Qualifier getPersonsQualifier() {
		return personsQualifier;
	}

	public PersonsUnit getPersonsUnit() {
		return personsUnit;
	}

	public String getNote() {
		return note;
	}

}
