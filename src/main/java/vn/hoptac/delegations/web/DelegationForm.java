package vn.hoptac.delegations.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.delegations.CostBearer;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationDraft;
import vn.hoptac.delegations.DelegationGuest;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.FollowUp;
import vn.hoptac.delegations.FollowUpStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The delegation form, for create and edit. Parties are chosen in a picker ({@code locality:12},
 * {@code organisation:5}) or by locality code; dates may be a year, a month or a day; follow-up
 * rows left blank are ignored. Guests are kept as they are (the API records them).
 */
public class DelegationForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	@Size(max = Delegation.TITLE_LENGTH)
	private String title;

	private DelegationDirection direction = DelegationDirection.INBOUND;

	private DelegationStatus status = DelegationStatus.HELD;

	private String vnParty;

	private String vnPartyCode;

	@Size(max = Delegation.NAME_LENGTH)
	private String vnLeadName;

	@Size(max = Delegation.POSITION_LENGTH)
	private String vnLeadTitle;

	private String foreignParty;

	private String foreignPartyCode;

	private Long partnershipId;

	@Size(max = Delegation.NAME_LENGTH)
	private String headName;

	@Size(max = Delegation.POSITION_LENGTH)
	private String headTitle;

	private DelegationRank headRank;

	private String startOn;

	private String endOn;

	private Integer size;

	private Qualifier sizeQualifier = Qualifier.EXACT;

	@Size(max = Delegation.TEXT_LENGTH)
	private String purpose;

	@Size(max = Delegation.TEXT_LENGTH)
	private String programme;

	@Size(max = Delegation.TEXT_LENGTH)
	private String outcomes;

	@Size(max = Delegation.VENUE_LENGTH)
	private String venue;

	private String costAmount;

	private String costCurrency;

	private CostBearer costBearer;

	private Long planItemId;

	private Long eventId;

	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	private Set<Long> agreementIds = new LinkedHashSet<>();

	/** The guests, kept as they were ({@code organisation:5}). */
	private List<String> guests = new ArrayList<>();

	private List<@Valid FollowUpRow> followUps = new ArrayList<>();

	static DelegationForm blank(String ownParty) {
		DelegationForm form = new DelegationForm();
		form.vnParty = ownParty;
		return form.withBlankRows();
	}

	static DelegationForm of(Delegation d) {
		DelegationForm form = new DelegationForm();
		form.title = d.getTitle();
		form.direction = d.getDirection();
		form.status = d.getStatus();
		form.vnParty = Selection.key(d.getVnLocalityId(), d.getVnOrganisationId());
		form.vnLeadName = d.getVnLeadName();
		form.vnLeadTitle = d.getVnLeadTitle();
		form.foreignParty = Selection.key(d.getForeignLocalityId(), d.getForeignOrganisationId());
		form.partnershipId = d.getPartnershipId();
		form.headName = d.getHeadName();
		form.headTitle = d.getHeadTitle();
		form.headRank = d.getHeadRank();
		form.startOn = DelegationResponse.text(d.getStart());
		form.endOn = DelegationResponse.text(d.getEnd());
		form.size = d.getSize();
		form.sizeQualifier = d.getSizeQualifier() == null ? Qualifier.EXACT : d.getSizeQualifier();
		form.purpose = d.getPurpose();
		form.programme = d.getProgramme();
		form.outcomes = d.getOutcomes();
		form.venue = d.getVenue();
		form.costAmount = d.getCostAmount() == null ? null : d.getCostAmount().toPlainString();
		form.costCurrency = d.getCostCurrency();
		form.costBearer = d.getCostBearer();
		form.planItemId = d.getPlanItemId();
		form.eventId = d.getEventId();
		form.fields = d.getFields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(d.getFields());
		form.agreementIds = new LinkedHashSet<>(d.getAgreementIds());
		d.getGuests().forEach(g -> form.guests.add(Selection.key(g.localityId(), g.organisationId())));
		d.getFollowUps()
			.forEach(f -> form.followUps.add(new FollowUpRow(f.action(), f.responsibleUserId(),
					f.dueOn() == null ? null : f.dueOn().toString(), f.doneOn() == null ? null : f.doneOn().toString(),
					f.status())));
		form.keptAs(d);
		return form.withBlankRows();
	}

	@Override
	public DelegationForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			followUps.add(new FollowUpRow());
		}
		return this;
	}

	@Override
	public void dropBlankRows() {
		followUps.removeIf(FollowUpRow::isBlank);
	}

	/**
	 * What the user stated, as the service takes it; unreadable dates, amounts and party codes are
	 * reported like the service's own violations, together with what {@code check} finds in the rest.
	 */
	DelegationDraft toDraft(Function<String, Optional<Long>> localityIdByCode, Consumer<DelegationDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection vn = Selection.read(vnParty, vnPartyCode, localityIdByCode, "vnParty", errors);
		Selection foreign = Selection.read(foreignParty, foreignPartyCode, localityIdByCode, "foreignParty", errors);
		PartialDate start = PartialDates.parse(startOn, "startOn", errors);
		PartialDate end = PartialDates.parse(endOn, "endOn", errors);
		BigDecimal amount = null;
		if (costAmount != null && !costAmount.isBlank()) {
			try {
				amount = new BigDecimal(costAmount.trim().replace(" ", "").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				errors.reject("costAmount", "validation.badValue", costAmount);
			}
		}
		List<DelegationGuest> kept = new ArrayList<>();
		for (String guest : guests) {
			Selection.parse(guest)
				.filter(s -> s != Selection.NONE)
				.ifPresent(s -> kept.add(new DelegationGuest(s.organisationId(), s.localityId())));
		}
		List<FollowUp> rows = new ArrayList<>();
		for (int i = 0; i < followUps.size(); i++) {
			FollowUpRow row = followUps.get(i);
			rows.add(new FollowUp(trimmed(row.action), row.responsibleUserId,
					day(row.dueOn, "followUps[" + i + "].dueOn", errors),
					day(row.doneOn, "followUps[" + i + "].doneOn", errors),
					row.status == null ? FollowUpStatus.OPEN : row.status));
		}
		DelegationDraft draft = new DelegationDraft(trimmed(title), direction, status, vn.localityId(),
				vn.organisationId(), trimmed(vnLeadName), trimmed(vnLeadTitle), foreign.localityId(),
				foreign.organisationId(), partnershipId, trimmed(headName), trimmed(headTitle), headRank, start,
				end, size, size == null ? null : sizeQualifier, trimmed(purpose), trimmed(programme),
				trimmed(outcomes), trimmed(venue), amount,
				costCurrency == null || costCurrency.isBlank() ? null
						: costCurrency.trim().toUpperCase(java.util.Locale.ROOT),
				costBearer, planItemId, eventId, fields, agreementIds, kept, rows, trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), DelegationForm::onFormFields));
		return draft;
	}

	private static LocalDate day(String text, String field, RuleViolationException.Collector errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.reject(field, "validation.badValue", text);
			return null;
		}
	}

	private static final List<Rename> SERVICE_FIELDS = List.of(
			new Rename(Pattern.compile("^vn(Locality|Organisation)Id$"), "vnParty"),
			new Rename(Pattern.compile("^foreign(Locality|Organisation)Id$"), "foreignParty"));

	/** The service's violations, named after this form's fields. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return new RuleViolationException(violations.violations().stream().map(v -> {
			String field = v.field();
			for (Rename rename : SERVICE_FIELDS) {
				field = rename.pattern().matcher(field).replaceAll(rename.replacement());
			}
			return new RuleViolationException.Violation(field, v.messageKey(), v.args());
		}).toList());
	}

	private record Rename(Pattern pattern, String replacement) {
	}

	/** A follow-up row. */
	public static class FollowUpRow {

		@Size(max = Delegation.NOTE_LENGTH)
		private String action;

		private Long responsibleUserId;

		private String dueOn;

		private String doneOn;

		private FollowUpStatus status;

		public FollowUpRow() {
		}

		FollowUpRow(String action, Long responsibleUserId, String dueOn, String doneOn, FollowUpStatus status) {
			this.action = action;
			this.responsibleUserId = responsibleUserId;
			this.dueOn = dueOn;
			this.doneOn = doneOn;
			this.status = status;
		}

		boolean isBlank() {
			return trimmed(action) == null && trimmed(dueOn) == null && trimmed(doneOn) == null;
		}

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action;
		}

		public Long getResponsibleUserId() {
			return responsibleUserId;
		}

		public void setResponsibleUserId(Long responsibleUserId) {
			this.responsibleUserId = responsibleUserId;
		}

		public String getDueOn() {
			return dueOn;
		}

		public void setDueOn(String dueOn) {
			this.dueOn = dueOn;
		}

		public String getDoneOn() {
			return doneOn;
		}

		public void setDoneOn(String doneOn) {
			this.doneOn = doneOn;
		}

		public FollowUpStatus getStatus() {
			return status;
		}

		public void setStatus(FollowUpStatus status) {
			this.status = status;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DelegationDirection getDirection() {
		return direction;
	}

	public void setDirection(DelegationDirection direction) {
		this.direction = direction;
	}

	public DelegationStatus getStatus() {
		return status;
	}

	public void setStatus(DelegationStatus status) {
		this.status = status;
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

	public String getVnLeadName() {
		return vnLeadName;
	}

	public void setVnLeadName(String vnLeadName) {
		this.vnLeadName = vnLeadName;
	}

	public String getVnLeadTitle() {
		return vnLeadTitle;
	}

	public void setVnLeadTitle(String vnLeadTitle) {
		this.vnLeadTitle = vnLeadTitle;
	}

	public String getForeignParty() {
		return foreignParty;
	}

	public void setForeignParty(String foreignParty) {
		this.foreignParty = foreignParty;
	}

	public String getForeignPartyCode() {
		return foreignPartyCode;
	}

	public void setForeignPartyCode(String foreignPartyCode) {
		this.foreignPartyCode = foreignPartyCode;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public String getHeadName() {
		return headName;
	}

	public void setHeadName(String headName) {
		this.headName = headName;
	}

	public String getHeadTitle() {
		return headTitle;
	}

	public void setHeadTitle(String headTitle) {
		this.headTitle = headTitle;
	}

	public DelegationRank getHeadRank() {
		return headRank;
	}

	public void setHeadRank(DelegationRank headRank) {
		this.headRank = headRank;
	}

	public String getStartOn() {
		return startOn;
	}

	public void setStartOn(String startOn) {
		this.startOn = startOn;
	}

	public String getEndOn() {
		return endOn;
	}

	public void setEndOn(String endOn) {
		this.endOn = endOn;
	}

	public Integer getSize() {
		return size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	public Qualifier getSizeQualifier() {
		return sizeQualifier;
	}

	public void setSizeQualifier(Qualifier sizeQualifier) {
		this.sizeQualifier = sizeQualifier;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getOutcomes() {
		return outcomes;
	}

	public void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getCostAmount() {
		return costAmount;
	}

	public void setCostAmount(String costAmount) {
		this.costAmount = costAmount;
	}

	public String getCostCurrency() {
		return costCurrency;
	}

	public void setCostCurrency(String costCurrency) {
		this.costCurrency = costCurrency;
	}

	public CostBearer getCostBearer() {
		return costBearer;
	}

	public void setCostBearer(CostBearer costBearer) {
		this.costBearer = costBearer;
	}

	public Long getPlanItemId() {
		return planItemId;
	}

	public void setPlanItemId(Long planItemId) {
		this.planItemId = planItemId;
	}

	public Long getEventId() {
		return eventId;
	}

	public void setEventId(Long eventId) {
		this.eventId = eventId;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields;
	}

	public Set<Long> getAgreementIds() {
		return agreementIds;
	}

	public void setAgreementIds(Set<Long> agreementIds) {
		this.agreementIds = agreementIds;
	}

	public List<String> getGuests() {
		return guests;
	}

	public void setGuests(List<String> guests) {
		this.guests = guests;
	}

	public List<FollowUpRow> getFollowUps() {
		return followUps;
	}

	public void setFollowUps(List<FollowUpRow> followUps) {
		this.followUps = followUps;
	}

}
