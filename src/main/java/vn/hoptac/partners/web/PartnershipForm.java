package vn.hoptac.partners.web;

import static vn.hoptac.shared.FormFields.trimmed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Milestone;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipDraft;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.partners.StatusChange;
import vn.hoptac.partners.TypeChange;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The partnership form, for create and edit. A party is chosen in a list ({@code locality:12},
 * {@code organisation:5}) or, for units not offered there, by locality code. History and milestone
 * rows left blank are ignored; dates may be a year, a month or a day.
 */
public class PartnershipForm extends RecordForm implements FormErrors.RowsForm {

	/** Blank rows offered under each history for new entries. */
	static final int BLANK_ROWS = 3;

	@Size(max = Partnership.TITLE_LENGTH)
	private String title;

	private PartnershipLevel level;

	private String vnParty;

	private String vnPartyCode;

	private String foreignParty;

	private String foreignPartyCode;

	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@Size(max = Partnership.DESCRIPTION_LENGTH)
	private String description;

	private List<@Valid TypeRow> types = new ArrayList<>();

	private List<@Valid StatusRow> statuses = new ArrayList<>();

	private List<@Valid MilestoneRow> milestones = new ArrayList<>();

	/** Ticked after the form showed an existing partnership between the same parties at the same level. */
	private boolean duplicateIntended;

	static PartnershipForm blank() {
		return new PartnershipForm().withBlankRows();
	}

	/** The form with the Vietnamese party preset (the officer's own province or unit), if any. */
	PartnershipForm withVnParty(String party) {
		this.vnParty = party;
		return this;
	}

	static PartnershipForm of(Partnership p) {
		PartnershipForm form = new PartnershipForm();
		form.title = p.getTitle();
		form.level = p.getLevel();
		form.vnParty = Selection.key(p.getVnLocalityId(), p.getVnOrganisationId());
		form.foreignParty = Selection.key(p.getForeignLocalityId(), p.getForeignOrganisationId());
		form.fields = p.getFields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(p.getFields());
		form.description = p.getDescription();
		form.keptAs(p);
		p.getTypeHistory()
			.forEach(t -> form.types.add(new TypeRow(t.type(), text(t.validFrom(), t.datePrecision()), t.note(), t.source())));
		p.getStatusHistory()
			.forEach(s -> form.statuses
				.add(new StatusRow(s.status(), text(s.validFrom(), s.datePrecision()), s.note(), s.source())));
		p.getMilestones()
			.forEach(m -> form.milestones.add(new MilestoneRow(text(m.date(), m.datePrecision()), m.title(),
					m.description(), m.source())));
		return form.withBlankRows();
	}

	/** Adds blank rows for new entries under each history. */
	@Override
	public PartnershipForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			types.add(new TypeRow());
			statuses.add(new StatusRow());
			milestones.add(new MilestoneRow());
		}
		return this;
	}

	/** Drops the rows left blank, so that row numbers in messages are those of the rows kept. */
	@Override
	public void dropBlankRows() {
		types.removeIf(TypeRow::isBlank);
		statuses.removeIf(StatusRow::isBlank);
		milestones.removeIf(MilestoneRow::isBlank);
	}

	/**
	 * What the user stated, as the service takes it; unreadable dates and unknown codes are
	 * reported like the service's own violations, together with what {@code check} (the service's
	 * rules) finds in the rest. Call {@link #dropBlankRows()} first.
	 */
	PartnershipDraft toDraft(Function<String, Optional<Long>> localityIdByCode, Consumer<PartnershipDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection vn = Selection.read(vnParty, vnPartyCode, localityIdByCode, "vnParty", errors);
		Selection foreign = Selection.read(foreignParty, foreignPartyCode, localityIdByCode, "foreignParty", errors);
		List<TypeChange> typeChanges = new ArrayList<>();
		for (int i = 0; i < types.size(); i++) {
			TypeRow row = types.get(i);
			PartialDate date = PartialDates.parse(row.date, "types[" + i + "].date", errors);
			typeChanges.add(new TypeChange(row.type, day(date), precision(date), trimmed(row.note),
					trimmed(row.source)));
		}
		List<StatusChange> statusChanges = new ArrayList<>();
		for (int i = 0; i < statuses.size(); i++) {
			StatusRow row = statuses.get(i);
			PartialDate date = PartialDates.parse(row.date, "statuses[" + i + "].date", errors);
			statusChanges.add(new StatusChange(row.status, day(date), precision(date), trimmed(row.note),
					trimmed(row.source)));
		}
		List<Milestone> events = new ArrayList<>();
		for (int i = 0; i < milestones.size(); i++) {
			MilestoneRow row = milestones.get(i);
			PartialDate date = PartialDates.parse(row.date, "milestones[" + i + "].date", errors);
			events.add(new Milestone(day(date), precision(date), trimmed(row.title), trimmed(row.description),
					trimmed(row.source)));
		}
		PartnershipDraft draft = new PartnershipDraft(trimmed(title), level, vn.localityId(), vn.organisationId(),
				foreign.localityId(), foreign.organisationId(), trimmed(description), trimmed(getSource()), fields,
				typeChanges, statusChanges, events, getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), PartnershipForm::onFormFields));
		return draft;
	}

	private static final List<Rename> SERVICE_FIELDS = List.of(
			new Rename(Pattern.compile("^vn(Locality|Organisation)Id$"), "vnParty"),
			new Rename(Pattern.compile("^foreign(Locality|Organisation)Id$"), "foreignParty"),
			new Rename(Pattern.compile("^(types|statuses)\\[(\\d+)\\]\\.validFrom$"), "$1[$2].date"));

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

	private static String text(java.time.LocalDate date, DatePrecision precision) {
		return date == null ? null
				: new PartialDate(date, precision == null ? DatePrecision.DAY : precision).toString();
	}

	private static java.time.LocalDate day(PartialDate date) {
		return date == null ? null : date.date();
	}

	private static DatePrecision precision(PartialDate date) {
		return date == null ? null : date.precision();
	}

	static boolean allBlank(Object... values) {
		Predicate<Object> blank = v -> v == null || (v instanceof String s && s.isBlank());
		for (Object value : values) {
			if (!blank.test(value)) {
				return false;
			}
		}
		return true;
	}

	/** A row of the type history. */
	public static class TypeRow {

		private PartnershipType type;

		private String date;

		@Size(max = Partnership.NOTE_LENGTH)
		private String note;

		@Size(max = Partnership.SOURCE_LENGTH)
		private String source;

		public TypeRow() {
		}

		TypeRow(PartnershipType type, String date, String note, String source) {
			this.type = type;
			this.date = date;
			this.note = note;
			this.source = source;
		}

		boolean isBlank() {
			return allBlank(type, date, note, source);
		}

		public PartnershipType getType() {
			return type;
		}

		public void setType(PartnershipType type) {
			this.type = type;
		}

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getSource() {
			return source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

	/** A row of the status history. */
	public static class StatusRow {

		private PartnershipStatus status;

		private String date;

		@Size(max = Partnership.NOTE_LENGTH)
		private String note;

		@Size(max = Partnership.SOURCE_LENGTH)
		private String source;

		public StatusRow() {
		}

		StatusRow(PartnershipStatus status, String date, String note, String source) {
			this.status = status;
			this.date = date;
			this.note = note;
			this.source = source;
		}

		boolean isBlank() {
			return allBlank(status, date, note, source);
		}

		public PartnershipStatus getStatus() {
			return status;
		}

		public void setStatus(PartnershipStatus status) {
			this.status = status;
		}

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getSource() {
			return source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

	/** A milestone row. */
	public static class MilestoneRow {

		private String date;

		@Size(max = Partnership.MILESTONE_TITLE_LENGTH)
		private String title;

		@Size(max = Partnership.DESCRIPTION_LENGTH)
		private String description;

		@Size(max = Partnership.SOURCE_LENGTH)
		private String source;

		public MilestoneRow() {
		}

		MilestoneRow(String date, String title, String description, String source) {
			this.date = date;
			this.title = title;
			this.description = description;
			this.source = source;
		}

		boolean isBlank() {
			return allBlank(date, title, description, source);
		}

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
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

	public PartnershipLevel getLevel() {
		return level;
	}

	public void setLevel(PartnershipLevel level) {
		this.level = level;
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

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields == null ? EnumSet.noneOf(CooperationField.class) : fields;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<TypeRow> getTypes() {
		return types;
	}

	public void setTypes(List<TypeRow> types) {
		this.types = types;
	}

	public List<StatusRow> getStatuses() {
		return statuses;
	}

	public void setStatuses(List<StatusRow> statuses) {
		this.statuses = statuses;
	}

	public List<MilestoneRow> getMilestones() {
		return milestones;
	}

	public void setMilestones(List<MilestoneRow> milestones) {
		this.milestones = milestones;
	}

	public boolean isDuplicateIntended() {
		return duplicateIntended;
	}

	public void setDuplicateIntended(boolean duplicateIntended) {
		this.duplicateIntended = duplicateIntended;
	}

}
