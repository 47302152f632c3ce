package vn.hoptac.exchanges.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeCount;
import vn.hoptac.exchanges.ExchangeDirection;
import vn.hoptac.exchanges.ExchangeDraft;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeMeasure;
import vn.hoptac.exchanges.ExchangeSex;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.exchanges.ExchangeUnit;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The page form of an exchange: parties picked as on the partnership form, dates as typed
 * ({@code 2015}, {@code 2018-01}, {@code ..2014}), counts as rows (blank rows are left out).
 */
public class ExchangeForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	/** Service fields renamed after the form's: the parties are picked, not typed as ids. */
	private static final List<Pattern> VN = List.of(Pattern.compile("^vn(Locality|Organisation)Id$"));

	private static final List<Pattern> FOREIGN = List.of(Pattern.compile("^foreign(Locality|Organisation)Id$"));

	@Size(max = Exchange.TITLE_LENGTH)
	private String title;

	private ExchangeKind kind;

	private ExchangeStatus status = ExchangeStatus.HELD;

	@Size(max = Exchange.PROGRAMME_LENGTH)
	private String programmeName;

	private String vnParty;

	private String vnPartyCode;

	private String foreignParty;

	private String foreignPartyCode;

	private String foreignCountry;

	private Long partnershipId;

	private Long projectId;

	private boolean online;

	private String startOn;

	private String endOn;

	@Size(max = Exchange.DESCRIPTION_LENGTH)
	private String description;

	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	private List<@Valid CountRow> counts = new ArrayList<>();

	static ExchangeForm blank(String ownParty) {
		ExchangeForm form = new ExchangeForm();
		form.vnParty = ownParty;
		return form.withBlankRows();
	}

	static ExchangeForm of(Exchange e) {
		ExchangeForm form = new ExchangeForm();
		form.title = e.getTitle();
		form.kind = e.getKind();
		form.status = e.getStatus();
		form.programmeName = e.getProgrammeName();
		form.vnParty = Selection.key(e.getVnLocalityId(), e.getVnOrganisationId());
		form.foreignParty = Selection.key(e.getForeignLocalityId(), e.getForeignOrganisationId());
		form.foreignCountry = form.foreignParty == null ? e.getForeignCountry() : null;
		form.partnershipId = e.getPartnershipId();
		form.projectId = e.getProjectId();
		form.online = e.isOnline();
		form.startOn = e.getStart() == null ? null : e.getStart().toString();
		form.endOn = e.getEnd() == null ? null : e.getEnd().toString();
		form.description = e.getDescription();
		form.fields = e.getFields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(e.getFields());
		e.getCounts().forEach(c -> form.counts.add(CountRow.of(c)));
		form.keptAs(e);
		return form.withBlankRows();
	}

	@Override
	public ExchangeForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			counts.add(new CountRow());
		}
		return this;
	}

	@Override
	public void dropBlankRows() {
		counts.removeIf(CountRow::isBlank);
	}

	/** The form as a draft, or every problem it has: what cannot be read and the rules the rest breaks. */
	ExchangeDraft toDraft(Function<String, Optional<Long>> localityIdByCode, Consumer<ExchangeDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection vn = Selection.read(vnParty, vnPartyCode, localityIdByCode, "vnParty", errors);
		Selection foreign = Selection.read(foreignParty, foreignPartyCode, localityIdByCode, "foreignParty", errors);
		PartialDate start = PartialDates.parse(startOn, "startOn", errors);
		PartialDate end = PartialDates.parse(endOn, "endOn", errors);
		ExchangeDraft draft = new ExchangeDraft(trimmed(title), kind, status, trimmed(programmeName),
				vn.localityId(), vn.organisationId(), foreign.localityId(), foreign.organisationId(),
				trimmed(foreignCountry), partnershipId, projectId, online, start, end, trimmed(description),
				fields, counts.stream().map(CountRow::toCount).toList(), trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), ExchangeForm::onFormFields));
		return draft;
	}

	static RuleViolationException onFormFields(RuleViolationException violations) {
		return new RuleViolationException(violations.violations()
			.stream()
			.map(v -> new RuleViolationException.Violation(field(v.field()), v.messageKey(), v.args()))
			.toList());
	}

	private static String field(String field) {
		if (VN.stream().anyMatch(p -> p.matcher(field).matches())) {
			return "vnParty";
		}
		return FOREIGN.stream().anyMatch(p -> p.matcher(field).matches()) ? "foreignParty" : field;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ExchangeKind getKind() {
		return kind;
	}

	public void setKind(ExchangeKind kind) {
		this.kind = kind;
	}

	public ExchangeStatus getStatus() {
		return status;
	}

	public void setStatus(ExchangeStatus status) {
		this.status = status;
	}

	public String getProgrammeName() {
		return programmeName;
	}

	public void setProgrammeName(String programmeName) {
		this.programmeName = programmeName;
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

	public String getForeignCountry() {
		return foreignCountry;
	}

	public void setForeignCountry(String foreignCountry) {
		this.foreignCountry = foreignCountry;
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

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields;
	}

	public List<CountRow> getCounts() {
		return counts;
	}

	public void setCounts(List<CountRow> counts) {
		this.counts = counts;
	}

	/** A row of counts; blank rows are offered for new ones. */
	public static class CountRow {

		private ExchangeDirection direction;

		private Integer year;

		private ExchangeSex sex = ExchangeSex.ALL;

		private ExchangeMeasure measure = ExchangeMeasure.PARTICIPANTS;

		private ExchangeUnit unit = ExchangeUnit.PERSONS;

		private Integer count;

		private Qualifier qualifier = Qualifier.EXACT;

		@Size(max = Exchange.NOTE_LENGTH)
		private String note;

		static CountRow of(ExchangeCount c) {
			CountRow row = new CountRow();
			row.direction = c.direction();
			row.year = c.year();
			row.sex = c.sex();
			row.measure = c.measure();
			row.unit = c.unit();
			row.count = c.count();
			row.qualifier = c.qualifier();
			row.note = c.note();
			return row;
		}

		/** Nothing typed: the direction, the number and the note are empty (the selects keep their defaults). */
		boolean isBlank() {
			return direction == null && count == null && year == null && (note == null || note.isBlank());
		}

		ExchangeCount toCount() {
			return new ExchangeCount(direction, year, sex, measure, unit, count, qualifier, trimmed(note));
		}

		public ExchangeDirection getDirection() {
			return direction;
		}

		public void setDirection(ExchangeDirection direction) {
			this.direction = direction;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public ExchangeSex getSex() {
			return sex;
		}

		public void setSex(ExchangeSex sex) {
			this.sex = sex;
		}

		public ExchangeMeasure getMeasure() {
			return measure;
		}

		public void setMeasure(ExchangeMeasure measure) {
			this.measure = measure;
		}

		public ExchangeUnit getUnit() {
			return unit;
		}

		public void setUnit(ExchangeUnit unit) {
			this.unit = unit;
		}

		public Integer getCount() {
			return count;
		}

		public void setCount(Integer count) {
			this.count = count;
		}

		public Qualifier getQualifier() {
			return qualifier;
		}

		public void setQualifier(Qualifier qualifier) {
			this.qualifier = qualifier;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
