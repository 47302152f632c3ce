package vn.hoptac.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.projects.AppraisalConclusion;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectDraft;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.projects.web.ProjectRequest.AppraisalRequest;
import vn.hoptac.projects.web.ProjectRequest.BudgetRequest;
import vn.hoptac.projects.web.ProjectRequest.LocationRequest;
import vn.hoptac.projects.web.ProjectRequest.ParticipantRequest;
import vn.hoptac.projects.web.ProjectRequest.SectorRequest;
import vn.hoptac.projects.web.ProjectRequest.TransactionRequest;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SaneDates;
import vn.hoptac.shared.VersionedForm;
import vn.hoptac.shared.Visibility;

/**
 * The project form, for create and edit: the project's own fields and its rows (participants,
 * sectors, locations, budgets, transactions, appraisals), rows left blank ignored. It is read as
 * the API's request is ({@link ProjectRequest}), so pages and API take the same input the same way.
 */
public class ProjectForm implements VersionedForm, FormErrors.RowsForm {

	/** Blank rows offered at the end of each list: two where a project often has several. */
	private static final int BLANK_ROWS = 2;

	@Size(max = Project.TITLE_LENGTH)
	private String title;

	@Size(max = Project.DESCRIPTION_LENGTH)
	private String description;

	private ProjectModality modality;

	private String activityStatus;

	private ProposalStage proposalStage;

	private String vnParty;

	private String vnPartyCode;

	private Long partnershipId;

	private Long agreementId;

	private String foreignCountry;

	private String plannedStart;

	private String actualStart;

	private String plannedEnd;

	private String actualEnd;

	private Integer coversProjects;

	private Qualifier coversProjectsQualifier;

	private Integer coversComponents;

	private Qualifier coversComponentsQualifier;

	@Size(max = Project.FINANCING_REF_LENGTH)
	private String financingAgreementRef;

	private String financingAgreementOn;

	@Size(max = Project.IN_KIND_LENGTH)
	private String inKind;

	@Size(max = Project.NOTE_LENGTH)
	private String note;

	private String sdgTargets;

	@Size(max = Project.SOURCE_LENGTH)
	private String source;

	private Long version;

	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	private Visibility visibility = Visibility.INTERNAL;

	private List<@Valid ParticipantRow> participants = new ArrayList<>();

	private List<@Valid SectorRow> sectors = new ArrayList<>();

	private List<@Valid LocationRow> locations = new ArrayList<>();

	private List<@Valid BudgetRow> budgets = new ArrayList<>();

	private List<@Valid TransactionRow> transactions = new ArrayList<>();

	private List<@Valid AppraisalRow> appraisals = new ArrayList<>();

	static ProjectForm blank() {
		ProjectForm form = new ProjectForm();
		form.modality = ProjectModality.ODA_GRANT;
		return form.withBlankRows();
	}

	/** The project as the form shows it; {@code localityCode} names a location's locality by its code. */
	static ProjectForm of(Project p, LongFunction<String> localityCode) {
		ProjectForm form = new ProjectForm();
		ProjectResponse r = ProjectResponse.of(p, new vn.hoptac.partners.PartyDirectory.Lookup(java.util.Map.of(),
				java.util.Map.of()), java.util.Map.of(), List.of());
		form.title = r.title();
		form.description = r.description();
		form.modality = r.modality();
		form.activityStatus = r.activityStatus();
		form.proposalStage = r.proposalStage();
		form.vnParty = Selection.key(r.vnLocalityId(), r.vnOrganisationId());
		form.partnershipId = r.partnershipId();
		form.agreementId = r.agreementId();
		form.foreignCountry = r.foreignCountry();
		form.plannedStart = r.plannedStart();
		form.actualStart = r.actualStart();
		form.plannedEnd = r.plannedEnd();
		form.actualEnd = r.actualEnd();
		form.coversProjects = r.coversProjects();
		form.coversProjectsQualifier = r.coversProjectsQualifier();
		form.coversComponents = r.coversComponents();
		form.coversComponentsQualifier = r.coversComponentsQualifier();
		form.financingAgreementRef = r.financingAgreementRef();
		form.financingAgreementOn = r.financingAgreementOn();
		form.inKind = r.inKind();
		form.note = r.note();
		form.fields = r.fields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(r.fields());
		form.sdgTargets = String.join(", ", r.sdgTargets());
		form.source = r.source();
		form.visibility = r.visibility();
		form.version = r.version();
		r.participants().forEach(x -> form.participants.add(row(new ParticipantRow(), row -> {
			row.role = x.role();
			row.party = Selection.key(x.localityId(), x.organisationId());
			row.nameText = x.nameText();
		})));
		r.sectors().forEach(x -> form.sectors.add(row(new SectorRow(), row -> {
			row.code = x.code();
			row.percentage = x.percentage();
		})));
		r.locations().forEach(x -> form.locations.add(row(new LocationRow(), row -> {
			row.localityCode = x.localityId() == null ? null : localityCode.apply(x.localityId());
			row.communeName = x.communeName();
			row.note = x.note();
		})));
		r.budgets().forEach(x -> form.budgets.add(row(new BudgetRow(), row -> {
			row.type = x.type();
			row.status = x.status();
			row.periodStart = x.periodStart();
			row.periodEnd = x.periodEnd();
			row.amount = x.amount();
			row.currency = x.currency();
			row.amountQualifier = x.amountQualifier();
			row.statedVnd = x.statedVnd();
			row.statedUsd = x.statedUsd();
			row.statedQualifier = x.statedQualifier();
			row.funderPosition = x.funderPosition();
			row.note = x.note();
		})));
		r.transactions().forEach(x -> form.transactions.add(row(new TransactionRow(), row -> {
			row.type = x.type();
			row.transactionOn = x.transactionOn();
			row.amount = x.amount();
			row.currency = x.currency();
			row.amountQualifier = x.amountQualifier();
			row.statedVnd = x.statedVnd();
			row.statedUsd = x.statedUsd();
			row.statedQualifier = x.statedQualifier();
			row.provider = Selection.key(null, x.providerOrganisationId());
			row.receiver = Selection.key(null, x.receiverOrganisationId());
			row.receiverLocalityId = x.receiverLocalityId();
			row.description = x.description();
		})));
		r.appraisals().forEach(x -> form.appraisals.add(row(new AppraisalRow(), row -> {
			row.appraiser = Selection.key(null, x.appraiserOrganisationId());
			row.requestedOn = x.requestedOn() == null ? null : x.requestedOn().toString();
			row.concludedOn = x.concludedOn() == null ? null : x.concludedOn().toString();
			row.conclusion = x.conclusion();
			row.documentRef = x.documentRef();
			row.note = x.note();
		})));
		return form.withBlankRows();
	}

	private static <R> R row(R row, Consumer<R> fill) {
		fill.accept(row);
		return row;
	}

	@Override
	public ProjectForm withBlankRows() {
		addBlank(participants, ParticipantRow::new);
		addBlank(sectors, SectorRow::new);
		addBlank(locations, LocationRow::new);
		addBlank(budgets, BudgetRow::new);
		addBlank(transactions, TransactionRow::new);
		addBlank(appraisals, AppraisalRow::new);
		return this;
	}

	private static <R> void addBlank(List<R> rows, Supplier<R> blank) {
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(blank.get());
		}
	}

	@Override
	public void dropBlankRows() {
		participants.removeIf(ParticipantRow::isBlank);
		sectors.removeIf(SectorRow::isBlank);
		locations.removeIf(LocationRow::isBlank);
		budgets.removeIf(BudgetRow::isBlank);
		transactions.removeIf(TransactionRow::isBlank);
		appraisals.removeIf(AppraisalRow::isBlank);
	}

	/**
	 * What the user stated, as the service takes it (read as the API's request is). Call
	 * {@link #dropBlankRows()} first. What cannot be read is reported together with what {@code check}
	 * (the service's rules) finds in the rest.
	 */
	ProjectDraft toDraft(Function<String, Optional<Long>> localityIdByCode, Consumer<ProjectDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection vn = Selection.read(vnParty, vnPartyCode, localityIdByCode, "vnParty", errors);
		List<ParticipantRequest> stated = new ArrayList<>();
		for (int i = 0; i < participants.size(); i++) {
			ParticipantRow row = participants.get(i);
			Selection party = Selection.read(row.party, row.partyCode, localityIdByCode, "participants[" + i + "].party",
					errors);
			stated.add(new ParticipantRequest(row.role, party.organisationId(), party.localityId(), trim(row.nameText)));
		}
		List<LocationRequest> places = new ArrayList<>();
		for (int i = 0; i < locations.size(); i++) {
			LocationRow row = locations.get(i);
			Selection place = Selection.read(null, row.localityCode, localityIdByCode,
					"locations[" + i + "].localityCode", errors);
			places.add(new LocationRequest(place.localityId(), trim(row.communeName), trim(row.note)));
		}
		List<TransactionRequest> transacted = new ArrayList<>();
		for (int i = 0; i < transactions.size(); i++) {
			TransactionRow t = transactions.get(i);
			String field = "transactions[" + i + "]";
			transacted.add(new TransactionRequest(t.type, t.transactionOn, t.amount, upper(t.currency), t.amountQualifier,
					t.statedVnd, t.statedUsd, t.statedQualifier, organisation(t.provider, field + ".provider", errors),
					organisation(t.receiver, field + ".receiver", errors), t.receiverLocalityId, trim(t.description)));
		}
		List<AppraisalRequest> appraised = new ArrayList<>();
		for (int i = 0; i < appraisals.size(); i++) {
			AppraisalRow row = appraisals.get(i);
			String field = "appraisals[" + i + "]";
			Selection appraiser = Selection.read(row.appraiser, null, localityIdByCode, field + ".appraiser", errors);
			appraised.add(new AppraisalRequest(appraiser.organisationId(), day(row.requestedOn, field + ".requestedOn", errors),
					day(row.concludedOn, field + ".concludedOn", errors), row.conclusion, trim(row.documentRef),
					trim(row.note)));
		}
		ProjectRequest request = new ProjectRequest(trim(title), trim(description), modality, trim(activityStatus),
				proposalStage, vn.localityId(), vn.organisationId(), partnershipId, agreementId, trim(foreignCountry),
				plannedStart, actualStart, plannedEnd, actualEnd, coversProjects, coversProjectsQualifier,
				coversComponents, coversComponentsQualifier, trim(financingAgreementRef), financingAgreementOn,
				trim(inKind), trim(note), fields, stated,
				sectors.stream().map(row -> new SectorRequest(trim(row.code), row.percentage)).toList(),
				sdgTargets == null ? List.of()
						: Arrays.stream(sdgTargets.split("[,;\\s]+")).filter(t -> !t.isBlank()).toList(),
				places,
				budgets.stream()
					.map(b -> new BudgetRequest(b.type, b.status, b.periodStart, b.periodEnd, b.amount, upper(b.currency),
							b.amountQualifier, b.statedVnd, b.statedUsd, b.statedQualifier, b.funderPosition,
							trim(b.note)))
					.toList(),
				transacted,
				appraised, trim(source), visibility, version);
		ProjectDraft draft = request.toDraft(errors);
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), ProjectForm::onFormFields));
		return draft;
	}

	private static final Pattern PARTICIPANT = Pattern.compile("^(participants\\[\\d+\\])\\.(localityId|organisationId)$");

	private static final Pattern LOCATION = Pattern.compile("^(locations\\[\\d+\\])\\.localityId$");

	private static final Pattern APPRAISER = Pattern.compile("^(appraisals\\[\\d+\\])\\.appraiserOrganisationId$");

	private static final Pattern TRANSACTION_PARTY = Pattern
		.compile("^(transactions\\[\\d+\\])\\.(provider|receiver)OrganisationId$");

	private static final Pattern SDG = Pattern.compile("^sdgTargets\\[\\d+\\]$");

	/** The service's violations, named after this form's fields. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return new RuleViolationException(violations.violations().stream().map(v -> {
			String field = v.field();
			field = field.equals("vnLocalityId") || field.equals("vnOrganisationId") ? "vnParty" : field;
			field = PARTICIPANT.matcher(field).replaceAll("$1.party");
			field = LOCATION.matcher(field).replaceAll("$1.localityCode");
			field = APPRAISER.matcher(field).replaceAll("$1.appraiser");
			field = TRANSACTION_PARTY.matcher(field).replaceAll("$1.$2");
			field = SDG.matcher(field).replaceAll("sdgTargets");
			return new RuleViolationException.Violation(field, v.messageKey(), v.args());
		}).toList());
	}

	/** The organisation a picker names; a locality is refused: a transaction's provider and receiver are bodies. */
	private static Long organisation(String selected, String field, RuleViolationException.Collector errors) {
		Selection chosen = Selection.read(selected, null, code -> Optional.empty(), field, errors);
		errors.rejectIf(chosen.localityId() != null, field, "project.transaction.organisationOnly");
		return chosen.organisationId();
	}

	private static LocalDate day(String text, String field, RuleViolationException.Collector errors) {
		if (blank(text)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.trim());
			if (SaneDates.accepts(day)) {
				return day;
			}
		}
		catch (java.time.format.DateTimeParseException ex) {
			// reported below
		}
		errors.reject(field, "validation.badValue", text.trim());
		return null;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static String trim(String text) {
		return blank(text) ? null : text.trim();
	}

	private static String upper(String text) {
		return blank(text) ? null : text.trim().toUpperCase(java.util.Locale.ROOT);
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields == null ? EnumSet.noneOf(CooperationField.class) : fields;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ProjectModality getModality() {
		return modality;
	}

	public void setModality(ProjectModality modality) {
		this.modality = modality;
	}

	public String getActivityStatus() {
		return activityStatus;
	}

	public void setActivityStatus(String activityStatus) {
		this.activityStatus = activityStatus;
	}

	public ProposalStage getProposalStage() {
		return proposalStage;
	}

	public void setProposalStage(ProposalStage proposalStage) {
		this.proposalStage = proposalStage;
	}

	public String getVnParty() {
		return vnParty;
	}

	public void setVnParty(String vnParty) {
		this.vnParty = vnParty;
	}

	public String getVnPartyCode() {
		return vnPartyCode;
	}

	public void setVnPartyCode(String vnPartyCode) {
		this.vnPartyCode = vnPartyCode;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public Long getAgreementId() {
		return agreementId;
	}

	public void setAgreementId(Long agreementId) {
		this.agreementId = agreementId;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public void setForeignCountry(String foreignCountry) {
		this.foreignCountry = foreignCountry;
	}

	public String getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(String plannedStart) {
		this.plannedStart = plannedStart;
	}

	public String getActualStart() {
		return actualStart;
	}

	public void setActualStart(String actualStart) {
		this.actualStart = actualStart;
	}

	public String getPlannedEnd() {
		return plannedEnd;
	}

	public void setPlannedEnd(String plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public String getActualEnd() {
		return actualEnd;
	}

	public void setActualEnd(String actualEnd) {
		this.actualEnd = actualEnd;
	}

	public Integer getCoversProjects() {
		return coversProjects;
	}

	public void setCoversProjects(Integer coversProjects) {
		this.coversProjects = coversProjects;
	}

	public Qualifier getCoversProjectsQualifier() {
		return coversProjectsQualifier;
	}

	public void setCoversProjectsQualifier(Qualifier coversProjectsQualifier) {
		this.coversProjectsQualifier = coversProjectsQualifier;
	}

	public Integer getCoversComponents() {
		return coversComponents;
	}

	public void setCoversComponents(Integer coversComponents) {
		this.coversComponents = coversComponents;
	}

	public Qualifier getCoversComponentsQualifier() {
		return coversComponentsQualifier;
	}

	public void setCoversComponentsQualifier(Qualifier coversComponentsQualifier) {
		this.coversComponentsQualifier = coversComponentsQualifier;
	}

	public String getFinancingAgreementRef() {
		return financingAgreementRef;
	}

	public void setFinancingAgreementRef(String financingAgreementRef) {
		this.financingAgreementRef = financingAgreementRef;
	}

	public String getFinancingAgreementOn() {
		return financingAgreementOn;
	}

	public void setFinancingAgreementOn(String financingAgreementOn) {
		this.financingAgreementOn = financingAgreementOn;
	}

	public String getInKind() {
		return inKind;
	}

	public void setInKind(String inKind) {
		this.inKind = inKind;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSdgTargets() {
		return sdgTargets;
	}

	public void setSdgTargets(String sdgTargets) {
		this.sdgTargets = sdgTargets;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	@Override
	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<ParticipantRow> getParticipants() {
		return participants;
	}

	public void setParticipants(List<ParticipantRow> participants) {
		this.participants = participants;
	}

	public List<SectorRow> getSectors() {
		return sectors;
	}

	public void setSectors(List<SectorRow> sectors) {
		this.sectors = sectors;
	}

	public List<LocationRow> getLocations() {
		return locations;
	}

	public void setLocations(List<LocationRow> locations) {
		this.locations = locations;
	}

	public List<BudgetRow> getBudgets() {
		return budgets;
	}

	public void setBudgets(List<BudgetRow> budgets) {
		this.budgets = budgets;
	}

	public List<TransactionRow> getTransactions() {
		return transactions;
	}

	public void setTransactions(List<TransactionRow> transactions) {
		this.transactions = transactions;
	}

	public List<AppraisalRow> getAppraisals() {
		return appraisals;
	}

	public void setAppraisals(List<AppraisalRow> appraisals) {
		this.appraisals = appraisals;
	}

	/** A participant: its IATI role and an organisation or locality chosen (or a locality code), or a name. */
	public static class ParticipantRow {

		private Integer role;

		private String party;

		private String partyCode;

		@Size(max = Project.NAME_TEXT_LENGTH)
		private String nameText;

		boolean isBlank() {
			return role == null && blank(party) && blank(partyCode) && blank(nameText);
		}

		public Integer getRole() {
			return role;
		}

		public void setRole(Integer role) {
			this.role = role;
		}

		public String getParty() {
			return party;
		}

		public void setParty(String party) {
			this.party = party;
		}

		public String getPartyCode() {
			return partyCode;
		}

		public void setPartyCode(String partyCode) {
			this.partyCode = partyCode;
		}

		public String getNameText() {
			return nameText;
		}

		public void setNameText(String nameText) {
			this.nameText = nameText;
		}

	}

	/** A DAC 5-digit sector and its share. */
	public static class SectorRow {

		private String code;

		private BigDecimal percentage;

		boolean isBlank() {
			return blank(code) && percentage == null;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public BigDecimal getPercentage() {
			return percentage;
		}

		public void setPercentage(BigDecimal percentage) {
			this.percentage = percentage;
		}

	}

	/** A location: a locality by code and/or a commune by name. */
	public static class LocationRow {

		private String localityCode;

		@Size(max = Project.COMMUNE_NAME_LENGTH)
		private String communeName;

		private String note;

		boolean isBlank() {
			return blank(localityCode) && blank(communeName) && blank(note);
		}

		public String getLocalityCode() {
			return localityCode;
		}

		public void setLocalityCode(String localityCode) {
			this.localityCode = localityCode;
		}

		public String getCommuneName() {
			return communeName;
		}

		public void setCommuneName(String communeName) {
			this.communeName = communeName;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** A budget in its original currency. */
	public static class BudgetRow {

		private Integer type;

		private Integer status;

		private String periodStart;

		private String periodEnd;

		private BigDecimal amount;

		private String currency;

		private Qualifier amountQualifier;

		private BigDecimal statedVnd;

		private BigDecimal statedUsd;

		private Qualifier statedQualifier;

		private Integer funderPosition;

		private String note;

		boolean isBlank() {
			return amount == null && blank(currency) && blank(periodStart) && blank(periodEnd) && blank(note) && statedVnd == null && statedUsd == null;
		}

		public Integer getType() {
			return type;
		}

		public void setType(Integer type) {
			this.type = type;
		}

		public Integer getStatus() {
			return status;
		}

		public void setStatus(Integer status) {
			this.status = status;
		}

		public String getPeriodStart() {
			return periodStart;
		}

		public void setPeriodStart(String periodStart) {
			this.periodStart = periodStart;
		}

		public String getPeriodEnd() {
			return periodEnd;
		}

		public void setPeriodEnd(String periodEnd) {
			this.periodEnd = periodEnd;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public String getCurrency() {
			return currency;
		}

		public void setCurrency(String currency) {
			this.currency = currency;
		}

		public Qualifier getAmountQualifier() {
			return amountQualifier;
		}

		public void setAmountQualifier(Qualifier amountQualifier) {
			this.amountQualifier = amountQualifier;
		}

		public BigDecimal getStatedVnd() {
			return statedVnd;
		}

		public void setStatedVnd(BigDecimal statedVnd) {
			this.statedVnd = statedVnd;
		}

		public BigDecimal getStatedUsd() {
			return statedUsd;
		}

		public void setStatedUsd(BigDecimal statedUsd) {
			this.statedUsd = statedUsd;
		}

		public Qualifier getStatedQualifier() {
			return statedQualifier;
		}

		public void setStatedQualifier(Qualifier statedQualifier) {
			this.statedQualifier = statedQualifier;
		}

		public Integer getFunderPosition() {
			return funderPosition;
		}

		public void setFunderPosition(Integer funderPosition) {
			this.funderPosition = funderPosition;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** A transaction in its original currency; provider and receiver are kept as they are. */
	public static class TransactionRow {

		private Integer type;

		private String transactionOn;

		private BigDecimal amount;

		private String currency;

		private Qualifier amountQualifier;

		private BigDecimal statedVnd;

		private BigDecimal statedUsd;

		private Qualifier statedQualifier;

		private String provider;

		private String receiver;

		private Long receiverLocalityId;

		@Size(max = Project.NOTE_LENGTH)
		private String description;

		boolean isBlank() {
			return amount == null && blank(currency) && blank(transactionOn) && blank(description) && statedVnd == null && statedUsd == null
					&& blank(provider) && blank(receiver);
		}

		public Integer getType() {
			return type;
		}

		public void setType(Integer type) {
			this.type = type;
		}

		public String getTransactionOn() {
			return transactionOn;
		}

		public void setTransactionOn(String transactionOn) {
			this.transactionOn = transactionOn;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public String getCurrency() {
			return currency;
		}

		public void setCurrency(String currency) {
			this.currency = currency;
		}

		public Qualifier getAmountQualifier() {
			return amountQualifier;
		}

		public void setAmountQualifier(Qualifier amountQualifier) {
			this.amountQualifier = amountQualifier;
		}

		public BigDecimal getStatedVnd() {
			return statedVnd;
		}

		public void setStatedVnd(BigDecimal statedVnd) {
			this.statedVnd = statedVnd;
		}

		public BigDecimal getStatedUsd() {
			return statedUsd;
		}

		public void setStatedUsd(BigDecimal statedUsd) {
			this.statedUsd = statedUsd;
		}

		public Qualifier getStatedQualifier() {
			return statedQualifier;
		}

		public void setStatedQualifier(Qualifier statedQualifier) {
			this.statedQualifier = statedQualifier;
		}

		public String getProvider() {
			return provider;
		}

		public void setProvider(String provider) {
			this.provider = provider;
		}

		public String getReceiver() {
			return receiver;
		}

		public void setReceiver(String receiver) {
			this.receiver = receiver;
		}

		public Long getReceiverLocalityId() {
			return receiverLocalityId;
		}

		public void setReceiverLocalityId(Long receiverLocalityId) {
			this.receiverLocalityId = receiverLocalityId;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/** An appraisal: who (an organisation chosen), when and what it concluded. */
	public static class AppraisalRow {

		private String appraiser;

		private String requestedOn;

		private String concludedOn;

		private AppraisalConclusion conclusion;

		@Size(max = Project.DOCUMENT_REF_LENGTH)
		private String documentRef;

		private String note;

		boolean isBlank() {
			return blank(appraiser) && blank(requestedOn) && blank(concludedOn) && conclusion == null && blank(documentRef) && blank(note);
		}

		public String getAppraiser() {
			return appraiser;
		}

		public void setAppraiser(String appraiser) {
			this.appraiser = appraiser;
		}

		public String getRequestedOn() {
			return requestedOn;
		}

		public void setRequestedOn(String requestedOn) {
			this.requestedOn = requestedOn;
		}

		public String getConcludedOn() {
			return concludedOn;
		}

		public void setConcludedOn(String concludedOn) {
			this.concludedOn = concludedOn;
		}

		public AppraisalConclusion getConclusion() {
			return conclusion;
		}

		public void setConclusion(AppraisalConclusion conclusion) {
			this.conclusion = conclusion;
		}

		public String getDocumentRef() {
			return documentRef;
		}

		public void setDocumentRef(String documentRef) {
			this.documentRef = documentRef;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
