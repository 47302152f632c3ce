package vn.hoptac.conferences.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.Conference;
import vn.hoptac.conferences.ConferenceDraft;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.conferences.ConferenceStep;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The conference form, for create and edit: the organiser and the foreign party are chosen in
 * pickers ({@code organisation:5}), the host among the provinces, and the dossier path as rows
 * (blank rows are ignored). Dates may be a year, a month, a day or a bound.
 */
public class ConferenceForm extends RecordForm implements FormErrors.RowsForm {

	private static final int BLANK_STEPS = 2;

	/** Where the service's fields are shown on this form. */
	private static final Map<String, String> FORM_FIELDS = Map.of("organiserOrganisationId", "organiser",
			"foreignOrganisationId", "foreignParty", "foreignLocalityId", "foreignParty");

	@Size(max = Conference.TITLE_LENGTH)
	private String title;

	private ConferenceKind kind = ConferenceKind.CONFERENCE;

	private String organiser;

	private Long vnLocalityId;

	private String foreignParty;

	private Long partnershipId;

	@Size(max = Conference.VENUE_LENGTH)
	private String venue;

	private boolean online;

	private String startOn;

	private String endOn;

	private Integer participants;

	private Qualifier participantsQualifier = Qualifier.EXACT;

	private Integer foreignParticipants;

	private Qualifier foreignParticipantsQualifier = Qualifier.EXACT;

	private ApprovingAuthority authority;

	@Size(max = Conference.SUMMARY_LENGTH)
	private String summary;

	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	private List<@Valid StepRow> steps = new ArrayList<>();

	static ConferenceForm blank(String ownParty, Long ownProvince) {
		ConferenceForm form = new ConferenceForm();
		form.organiser = ownParty != null && ownParty.startsWith("organisation:") ? ownParty : null;
		form.vnLocalityId = ownProvince;
		return form.withBlankRows();
	}

	static ConferenceForm of(Conference c) {
		ConferenceForm form = new ConferenceForm();
		form.title = c.getTitle();
		form.kind = c.getKind();
		form.organiser = Selection.key(null, c.getOrganiserOrganisationId());
		form.vnLocalityId = c.getVnLocalityId();
		form.foreignParty = Selection.key(c.getForeignLocalityId(), c.getForeignOrganisationId());
		form.partnershipId = c.getPartnershipId();
		form.venue = c.getVenue();
		form.online = c.isOnline();
		form.startOn = text(c.startDate());
		form.endOn = text(c.endDate());
		form.participants = c.getParticipants();
		form.participantsQualifier = c.getParticipantsQualifier();
		form.foreignParticipants = c.getForeignParticipants();
		form.foreignParticipantsQualifier = c.getForeignParticipantsQualifier();
		form.authority = c.getAuthority();
		form.summary = c.getSummary();
		form.fields = c.getFields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(c.getFields());
		c.getSteps().forEach(s -> form.steps.add(StepRow.of(s)));
		form.keptAs(c);
		return form.withBlankRows();
	}

	private static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

	/**
	 * The form as a draft, or every problem it has at once: what cannot be read, and the rules
	 * ({@code check}, the service's) the rest breaks, named after this form's fields.
	 */
	ConferenceDraft toDraft(Consumer<ConferenceDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection chosenOrganiser = Selection.parse(organiser).orElse(Selection.NONE);
		errors.rejectIf(Selection.parse(organiser).isEmpty(), "organiser", "validation.badValue", organiser);
		errors.rejectIf(chosenOrganiser.localityId() != null, "organiser", "conference.organiser.notOrganisation");
		Selection foreign = Selection.parse(foreignParty).orElse(Selection.NONE);
		errors.rejectIf(Selection.parse(foreignParty).isEmpty(), "foreignParty", "validation.badValue", foreignParty);
		PartialDate start = PartialDates.parse(startOn, "startOn", errors);
		PartialDate end = PartialDates.parse(endOn, "endOn", errors);
		List<ConferenceStep> path = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			StepRow row = steps.get(i);
			path.add(new ConferenceStep(row.stage, PartialDates.parse(row.stepOn, "steps[" + i + "].stepOn", errors),
					FormFields.trimmed(row.documentRef), FormFields.trimmed(row.opinion), null, FormFields.trimmed(row.source)));
		}
		ConferenceDraft draft = new ConferenceDraft(title, kind, chosenOrganiser.organisationId(), vnLocalityId,
				foreign.organisationId(), foreign.localityId(), partnershipId, FormFields.trimmed(venue), online, start, end,
				participants, participantsQualifier, foreignParticipants, foreignParticipantsQualifier, authority,
				FormFields.trimmed(summary), fields, path, FormFields.trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), ConferenceForm::onFormFields));
		return draft;
	}

	/** The service's violations, named after the fields of this form. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return FormFields.renamed(violations, FORM_FIELDS);
	}

	@Override
	public void dropBlankRows() {
		steps.removeIf(StepRow::isBlank);
	}

	@Override
	public ConferenceForm withBlankRows() {
		for (int i = 0; i < BLANK_STEPS; i++) {
			steps.add(new StepRow());
		}
		return this;
	}

	/** A step of the dossier path as the form edits it. */
	public static class StepRow {

		private ConferenceStage stage;

		private String stepOn;

		@Size(max = Conference.DOCUMENT_REF_LENGTH)
		private String documentRef;

		@Size(max = Conference.SUMMARY_LENGTH)
		private String opinion;

		@Size(max = Conference.SOURCE_LENGTH)
		private String source;

		static StepRow of(ConferenceStep step) {
			StepRow row = new StepRow();
			row.stage = step.stage();
			row.stepOn = step.date() == null ? null : step.date().toString();
			row.documentRef = step.documentRef();
			row.opinion = step.opinion();
			row.source = step.source();
			return row;
		}

		boolean isBlank() {
			return stage == null && FormFields.trimmed(stepOn) == null && FormFields.trimmed(documentRef) == null
					&& FormFields.trimmed(opinion) == null && FormFields.trimmed(source) == null;
		}

		public ConferenceStage getStage() {
			return stage;
		}

		public void setStage(ConferenceStage stage) {
			this.stage = stage;
		}

		public String getStepOn() {
			return stepOn;
		}

		public void setStepOn(String stepOn) {
			this.stepOn = stepOn;
		}

		public String getDocumentRef() {
			return documentRef;
		}

		public void setDocumentRef(String documentRef) {
			this.documentRef = documentRef;
		}

		public String getOpinion() {
			return opinion;
		}

		public void setOpinion(String opinion) {
			this.opinion = opinion;
		}

		public String getSource() {
			return source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ConferenceKind getKind() {
		return kind;
	}

	public void setKind(ConferenceKind kind) {
		this.kind = kind;
	}

	public String getOrganiser() {
		return organiser;
	}

	public void setOrganiser(String organiser) {
		this.organiser = organiser;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public void setVnLocalityId(Long vnLocalityId) {
		this.vnLocalityId = vnLocalityId;
	}

	public String getForeignParty() {
		return foreignParty;
	}

	public void setForeignParty(String foreignParty) {
		this.foreignParty = foreignParty;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
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

	public Integer getParticipants() {
		return participants;
	}

	public void setParticipants(Integer participants) {
		this.participants = participants;
	}

	public Qualifier getParticipantsQualifier() {
		return participantsQualifier;
	}

	public void setParticipantsQualifier(Qualifier participantsQualifier) {
		this.participantsQualifier = participantsQualifier;
	}

	public Integer getForeignParticipants() {
		return foreignParticipants;
	}

	public void setForeignParticipants(Integer foreignParticipants) {
		this.foreignParticipants = foreignParticipants;
	}

	public Qualifier getForeignParticipantsQualifier() {
		return foreignParticipantsQualifier;
	}

	public void setForeignParticipantsQualifier(Qualifier foreignParticipantsQualifier) {
		this.foreignParticipantsQualifier = foreignParticipantsQualifier;
	}

	public ApprovingAuthority getAuthority() {
		return authority;
	}

	public void setAuthority(ApprovingAuthority authority) {
		this.authority = authority;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields;
	}

	public List<StepRow> getSteps() {
		return steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}

}
