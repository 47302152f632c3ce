package vn.hoptac.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;

/**
 * A project or programme: who finances, extends and implements it (participants in IATI roles), what
 * it is about (sectors, SDG targets, fields), where, when, and the money: budgets and transactions
 * in their original currency with VND and USD equivalents. A proposal seeking funding is a project
 * in IATI status 1 with a {@link ProposalStage}.
 */
@Entity
@Table(name = "project")
public class Project extends PartyRecord {

	/** Column sizes (db/migration V35): the schema's limits, which requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int NOTE_LENGTH = 1000;

	public static final int IN_KIND_LENGTH = 1000;

	public static final int DOCUMENT_REF_LENGTH = 1000;

	public static final int FINANCING_REF_LENGTH = 300;

	public static final int NAME_TEXT_LENGTH = 300;

	public static final int COMMUNE_NAME_LENGTH = 200;

	public static final int LOCATION_NOTE_LENGTH = 500;

	public static final int SOURCE_LENGTH = 500;

	public static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	@Enumerated(EnumType.STRING)
	private ProjectModality modality;

	private String activityStatus;

	@Enumerated(EnumType.STRING)
	private ProposalStage proposalStage;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	private Long partnershipId;

	private Long agreementId;

	private String foreignCountry;

	private LocalDate plannedStartOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision plannedStartPrecision;

	private LocalDate actualStartOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision actualStartPrecision;

	private LocalDate plannedEndOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision plannedEndPrecision;

	private LocalDate actualEndOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision actualEndPrecision;

	/** The start the list orders and groups by decade: the actual one, else the planned one (never a bound). */
	private LocalDate startOn;

	private Integer coversProjects;

	@Enumerated(EnumType.STRING)
	private Qualifier coversProjectsQualifier;

	private Integer coversComponents;

	@Enumerated(EnumType.STRING)
	private Qualifier coversComponentsQualifier;

	@Column(length = FINANCING_REF_LENGTH)
	private String financingAgreementRef;

	private LocalDate financingAgreementOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision financingAgreementPrecision;

	@Column(length = IN_KIND_LENGTH)
	private String inKind;

	@Column(length = NOTE_LENGTH)
	private String note;

	@ElementCollection
	@CollectionTable(name = "project_field", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "field")
	@Enumerated(EnumType.STRING)
	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@ElementCollection
	@CollectionTable(name = "project_participant", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectParticipant> participants = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_sector", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectSector> sectors = new ArrayList<>();

	/** The sectors' DAC categories, kept for the list's sector facet. */
	@ElementCollection
	@CollectionTable(name = "project_sector_category", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "category")
	private Set<String> sectorCategories = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "project_sdg_target", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "target")
	private Set<String> sdgTargets = new LinkedHashSet<>();

	/** A target's goal by number, then its own number, then its letter (6.1 before 6.a before 11.3). */
	private static final Comparator<String> SDG_ORDER = Comparator
		.comparingInt((String target) -> leadingNumber(target.substring(0, Math.max(target.indexOf('.'), 0))))
		.thenComparingInt(target -> leadingNumber(target.substring(target.indexOf('.') + 1)))
		.thenComparing(Comparator.naturalOrder());

	@ElementCollection
	@CollectionTable(name = "project_location", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectLocation> locations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_budget", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectBudget> budgets = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_transaction", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectTransaction> transactions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_appraisal", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectAppraisal> appraisals = new ArrayList<>();

	protected Project() {
	}

	Project(ProjectDraft draft, String foreignCountry, Stewardship stewardship) {
		apply(draft, foreignCountry, stewardship);
	}

	/** Takes the draft as it is; budgets and transactions carry their equivalents already (the service computes them). */
	void apply(ProjectDraft draft, String foreignCountry, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.description = draft.description();
		this.modality = draft.modality();
		this.activityStatus = draft.activityStatus();
		this.proposalStage = draft.proposalStage();
		this.vnLocalityId = draft.vnLocalityId();
		this.vnOrganisationId = draft.vnOrganisationId();
		this.partnershipId = draft.partnershipId();
		this.agreementId = draft.agreementId();
		this.foreignCountry = foreignCountry;
		this.plannedStartOn = dateOf(draft.plannedStart());
		this.plannedStartPrecision = precisionOf(draft.plannedStart());
		this.actualStartOn = dateOf(draft.actualStart());
		this.actualStartPrecision = precisionOf(draft.actualStart());
		this.plannedEndOn = dateOf(draft.plannedEnd());
		this.plannedEndPrecision = precisionOf(draft.plannedEnd());
		this.actualEndOn = dateOf(draft.actualEnd());
		this.actualEndPrecision = precisionOf(draft.actualEnd());
		this.startOn = firstKnown(draft.actualStart(), draft.plannedStart());
		this.coversProjects = draft.coversProjects();
		this.coversProjectsQualifier = draft.coversProjects() == null ? null
				: Objects.requireNonNullElse(draft.coversProjectsQualifier(), Qualifier.EXACT);
		this.coversComponents = draft.coversComponents();
		this.coversComponentsQualifier = draft.coversComponents() == null ? null
				: Objects.requireNonNullElse(draft.coversComponentsQualifier(), Qualifier.EXACT);
		this.financingAgreementRef = draft.financingAgreementRef();
		this.financingAgreementOn = dateOf(draft.financingAgreementOn());
		this.financingAgreementPrecision = precisionOf(draft.financingAgreementOn());
		this.inKind = draft.inKind();
		this.note = draft.note();
		this.source = draft.source();
		this.fields.clear();
		this.fields.addAll(draft.fields());
		replace(participants, draft.participants());
		replace(sectors, draft.sectors());
		this.sectorCategories.clear();
		draft.sectors().stream().map(ProjectSector::category).filter(Objects::nonNull).forEach(sectorCategories::add);
		this.sdgTargets.clear();
		this.sdgTargets.addAll(draft.sdgTargets());
		replace(locations, draft.locations());
		replace(budgets, draft.budgets());
		replace(transactions, draft.transactions());
		replace(appraisals, draft.appraisals());
		this.searchText = Text.fit(Text.searchText(title, description, inKind, note), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	private static <E> void replace(List<E> current, List<E> stated) {
		current.clear();
		current.addAll(stated);
	}

	private static LocalDate dateOf(PartialDate date) {
		return date == null ? null : date.date();
	}

	private static DatePrecision precisionOf(PartialDate date) {
		return date == null ? null : date.precision();
	}

	private static LocalDate firstKnown(PartialDate... dates) {
		for (PartialDate date : dates) {
			if (date != null && !date.isBound()) {
				return date.date();
			}
		}
		return null;
	}

	/** Lists show the participants; with batch fetching a page loads them in one query. */
	void loadParticipants() {
		Hibernate.initialize(participants);
	}

	void loadDetails() {
		Hibernate.initialize(fields);
		Hibernate.initialize(participants);
		Hibernate.initialize(sectors);
		Hibernate.initialize(sectorCategories);
		Hibernate.initialize(sdgTargets);
		Hibernate.initialize(locations);
		Hibernate.initialize(budgets);
		Hibernate.initialize(transactions);
		Hibernate.initialize(appraisals);
	}

	public PartialDate plannedStart() {
		return PartialDate.of(plannedStartOn, plannedStartPrecision);
	}

	public PartialDate actualStart() {
		return PartialDate.of(actualStartOn, actualStartPrecision);
	}

	public PartialDate plannedEnd() {
		return PartialDate.of(plannedEndOn, plannedEndPrecision);
	}

	public PartialDate actualEnd() {
		return PartialDate.of(actualEndOn, actualEndPrecision);
	}

	public PartialDate financingAgreementDate() {
		return PartialDate.of(financingAgreementOn, financingAgreementPrecision);
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public ProjectModality getModality() {
		return modality;
	}

	public String getActivityStatus() {
		return activityStatus;
	}

	public ProposalStage getProposalStage() {
		return proposalStage;
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

	public Long getAgreementId() {
		return agreementId;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public LocalDate getPlannedStartOn() {
		return plannedStartOn;
	}

	public DatePrecision getPlannedStartPrecision() {
		return plannedStartPrecision;
	}

	public LocalDate getActualStartOn() {
		return actualStartOn;
	}

	public DatePrecision getActualStartPrecision() {
		return actualStartPrecision;
	}

	public LocalDate getPlannedEndOn() {
		return plannedEndOn;
	}

	public DatePrecision getPlannedEndPrecision() {
		return plannedEndPrecision;
	}

	public LocalDate getActualEndOn() {
		return actualEndOn;
	}

	public DatePrecision getActualEndPrecision() {
		return actualEndPrecision;
	}

	public LocalDate getStartOn() {
		return startOn;
	}

	public Integer getCoversProjects() {
		return coversProjects;
	}

	public Qualifier getCoversProjectsQualifier() {
		return coversProjectsQualifier;
	}

	public Integer getCoversComponents() {
		return coversComponents;
	}

	public Qualifier getCoversComponentsQualifier() {
		return coversComponentsQualifier;
	}

	public String getFinancingAgreementRef() {
		return financingAgreementRef;
	}

	public LocalDate getFinancingAgreementOn() {
		return financingAgreementOn;
	}

	public DatePrecision getFinancingAgreementPrecision() {
		return financingAgreementPrecision;
	}

	public String getInKind() {
		return inKind;
	}

	public String getNote() {
		return note;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public List<ProjectParticipant> getParticipants() {
		return participants;
	}

	public List<ProjectSector> getSectors() {
		return sectors;
	}

	public Set<String> getSectorCategories() {
		return sectorCategories;
	}

	/** The SDG targets in the goals' order (6.1, 6.a, 11.3), whatever order they were given or read in. */
	public Set<String> getSdgTargets() {
		TreeSet<String> ordered = new TreeSet<>(SDG_ORDER);
		ordered.addAll(sdgTargets);
		return Collections.unmodifiableSortedSet(ordered);
	}

	public List<ProjectLocation> getLocations() {
		return locations;
	}

	public List<ProjectBudget> getBudgets() {
		return budgets;
	}

	public List<ProjectTransaction> getTransactions() {
		return transactions;
	}

	public List<ProjectAppraisal> getAppraisals() {
		return appraisals;
	}

	/** The number a code starts with; a code that starts with a letter (6.a) after every number. */
	private static int leadingNumber(String code) {
		int digits = 0;
		while (digits < code.length() && digits < 9 && Character.isDigit(code.charAt(digits))) {
			digits++;
		}
		return digits == 0 ? Integer.MAX_VALUE : Integer.parseInt(code.substring(0, digits));
	}

}
