package vn.hoptac.events.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.events.Event;
import vn.hoptac.events.EventDraft;
import vn.hoptac.events.EventFigure;
import vn.hoptac.events.EventKind;
import vn.hoptac.events.EventMeasure;
import vn.hoptac.events.EventRole;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/** The page form of an event: the Vietnamese party and organiser picked, the venue by locality code, figures as rows. */
public class EventForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	private static final Map<Pattern, String> RENAMES = Map.of(Pattern.compile("^vn(Locality|Organisation)Id$"),
			"vnParty", Pattern.compile("^venueLocalityId$"), "venueCode", Pattern.compile("^organiserOrganisationId$"),
			"organiserParty");

	@Size(max = Event.TITLE_LENGTH)
	private String title;

	private EventKind kind;

	private EventRole role;

	private String vnParty;

	private String vnPartyCode;

	private String venueCode;

	private String venueCountry;

	private String organiserParty;

	private Long partnershipId;

	private Long projectId;

	private Long conferenceId;

	@Size(max = Event.EDITION_LENGTH)
	private String edition;

	private boolean recurring;

	private Integer coversEvents;

	private String startOn;

	private String endOn;

	@Size(max = Event.DESCRIPTION_LENGTH)
	private String description;

	private List<@Valid FigureRow> figures = new ArrayList<>();

	static EventForm blank(String ownParty) {
		EventForm form = new EventForm();
		form.vnParty = ownParty;
		return form.withBlankRows();
	}

	static EventForm of(Event e, String venueCode) {
		EventForm form = new EventForm();
		form.title = e.getTitle();
		form.kind = e.getKind();
		form.role = e.getRole();
		form.vnParty = Selection.key(e.getVnLocalityId(), e.getVnOrganisationId());
		form.venueCode = venueCode;
		form.venueCountry = venueCode == null ? e.getVenueCountry() : null;
		form.organiserParty = Selection.key(null, e.getOrganiserOrganisationId());
		form.partnershipId = e.getPartnershipId();
		form.projectId = e.getProjectId();
		form.conferenceId = e.getConferenceId();
		form.edition = e.getEdition();
		form.recurring = e.isRecurring();
		form.coversEvents = e.getCoversEvents();
		form.startOn = FormFields.text(e.getStart());
		form.endOn = FormFields.text(e.getEnd());
		form.description = e.getDescription();
		e.getFigures().forEach(f -> form.figures.add(FigureRow.of(f)));
		form.keptAs(e);
		return form.withBlankRows();
	}

	@Override
	public EventForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			figures.add(new FigureRow());
		}
		return this;
	}

	@Override
	public void dropBlankRows() {
		figures.removeIf(FigureRow::isBlank);
	}

	EventDraft toDraft(Pickers pickers, Long venueLocalityId, Consumer<EventDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection vn = pickers.read(vnParty, vnPartyCode, "vnParty", errors);
		Long organiser = FormFields.organisation(pickers.read(organiserParty, null, "organiserParty", errors),
				"organiserParty", errors);
		errors.rejectIf(trimmed(venueCode) != null && venueLocalityId == null, "venueCode",
				"validation.unknownReference", venueCode);
		PartialDate start = PartialDates.parse(startOn, "startOn", errors);
		PartialDate end = PartialDates.parse(endOn, "endOn", errors);
		EventDraft draft = new EventDraft(trimmed(title), kind, role, vn.localityId(), vn.organisationId(),
				venueLocalityId, trimmed(venueCountry), organiser, partnershipId, projectId, conferenceId,
				trimmed(edition), recurring, coversEvents, start, end, trimmed(description),
				figures.stream().map(FigureRow::toFigure).toList(), trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), EventForm::onFormFields));
		return draft;
	}

	static RuleViolationException onFormFields(RuleViolationException violations) {
		return FormFields.renamed(violations, RENAMES);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public EventKind getKind() {
		return kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public EventRole getRole() {
		return role;
	}

	public void setRole(EventRole role) {
		this.role = role;
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

	public String getVenueCode() {
		return venueCode;
	}

	public void setVenueCode(String venueCode) {
		this.venueCode = venueCode;
	}

	public String getVenueCountry() {
		return venueCountry;
	}

	public void setVenueCountry(String venueCountry) {
		this.venueCountry = venueCountry;
	}

	public String getOrganiserParty() {
		return organiserParty;
	}

	public void setOrganiserParty(String organiserParty) {
		this.organiserParty = organiserParty;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getConferenceId() {
		return conferenceId;
	}

	public void setConferenceId(Long conferenceId) {
		this.conferenceId = conferenceId;
	}

	public String getEdition() {
		return edition;
	}

	public void setEdition(String edition) {
		this.edition = edition;
	}

	public boolean isRecurring() {
		return recurring;
	}

	public void setRecurring(boolean recurring) {
		this.recurring = recurring;
	}

	public Integer getCoversEvents() {
		return coversEvents;
	}

	public void setCoversEvents(Integer coversEvents) {
		this.coversEvents = coversEvents;
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

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<FigureRow> getFigures() {
		return figures;
	}

	public void setFigures(List<FigureRow> figures) {
		this.figures = figures;
	}

	/** A figure of the event's scale: one value, or a range with both ends. */
	public static class FigureRow {

		private EventMeasure measure;

		private Integer valueMin;

		private Integer valueMax;

		private Qualifier qualifier = Qualifier.EXACT;

		static FigureRow of(EventFigure f) {
			FigureRow row = new FigureRow();
			row.measure = f.measure();
			row.valueMin = f.valueMin();
			row.valueMax = f.valueMax() != null && f.valueMax().equals(f.valueMin()) ? null : f.valueMax();
			row.qualifier = f.qualifier();
			return row;
		}

		boolean isBlank() {
			return measure == null && valueMin == null && valueMax == null;
		}

		EventFigure toFigure() {
			return new EventFigure(measure, valueMin, valueMax, qualifier);
		}

		public EventMeasure getMeasure() {
			return measure;
		}

		public void setMeasure(EventMeasure measure) {
			this.measure = measure;
		}

		public Integer getValueMin() {
			return valueMin;
		}

		public void setValueMin(Integer valueMin) {
			this.valueMin = valueMin;
		}

		public Integer getValueMax() {
			return valueMax;
		}

		public void setValueMax(Integer valueMax) {
			this.valueMax = valueMax;
		}

		public Qualifier getQualifier() {
			return qualifier;
		}

		public void setQualifier(Qualifier qualifier) {
			this.qualifier = qualifier;
		}

	}

}
