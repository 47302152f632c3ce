package vn.hoptac.events.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import vn.hoptac.events.Award;
import vn.hoptac.events.AwardDraft;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/** The page form of an award: the recipient and the giver picked, the membership or event it belongs to chosen. */
public class AwardForm extends RecordForm implements FormErrors.RowsForm {

	private static final Map<Pattern, String> RENAMES = Map.of(Pattern.compile("^vn(Locality|Organisation)Id$"),
			"vnParty", Pattern.compile("^awardedByOrganisationId$"), "awardedByParty");

	@Size(max = Award.TITLE_LENGTH)
	private String title;

	private String vnParty;

	private String vnPartyCode;

	private Long membershipId;

	private Long eventId;

	private Long projectId;

	private String awardedOn;

	private String awardedByParty;

	@Size(max = Award.NOTE_LENGTH)
	private String note;

	static AwardForm blank(Long membershipId, Long eventId) {
		AwardForm form = new AwardForm();
		form.membershipId = membershipId;
		form.eventId = eventId;
		return form;
	}

	static AwardForm of(Award a) {
		AwardForm form = new AwardForm();
		form.title = a.getTitle();
		form.vnParty = Selection.key(a.getVnLocalityId(), a.getVnOrganisationId());
		form.membershipId = a.getMembershipId();
		form.eventId = a.getEventId();
		form.projectId = a.getProjectId();
		form.awardedOn = FormFields.text(a.getAwarded());
		form.awardedByParty = Selection.key(null, a.getAwardedByOrganisationId());
		form.note = a.getNote();
		form.keptAs(a);
		return form;
	}

	AwardDraft toDraft(Pickers pickers, Consumer<AwardDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection recipient = pickers.read(vnParty, vnPartyCode, "vnParty", errors);
		Long givenBy = FormFields.organisation(pickers.read(awardedByParty, null, "awardedByParty", errors),
				"awardedByParty", errors);
		AwardDraft draft = new AwardDraft(trimmed(title), recipient.localityId(), recipient.organisationId(),
				membershipId, eventId, projectId, PartialDates.parse(awardedOn, "awardedOn", errors), givenBy,
				trimmed(note), trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), AwardForm::onFormFields));
		return draft;
	}

	/** An award has no repeatable rows: nothing to drop or add. */
	@Override
	public void dropBlankRows() {
	}

	@Override
	public AwardForm withBlankRows() {
		return this;
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

	public Long getMembershipId() {
		return membershipId;
	}

	public void setMembershipId(Long membershipId) {
		this.membershipId = membershipId;
	}

	public Long getEventId() {
		return eventId;
	}

	public void setEventId(Long eventId) {
		this.eventId = eventId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public String getAwardedOn() {
		return awardedOn;
	}

	public void setAwardedOn(String awardedOn) {
		this.awardedOn = awardedOn;
	}

	public String getAwardedByParty() {
		return awardedByParty;
	}

	public void setAwardedByParty(String awardedByParty) {
		this.awardedByParty = awardedByParty;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
