package vn.hoptac.forums.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.forums.Forum;
import vn.hoptac.forums.ForumActionStatus;
import vn.hoptac.forums.ForumDraft;
import vn.hoptac.forums.ForumFollowUp;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.forums.ForumParticipant;
import vn.hoptac.partners.Pillar;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The forum form, for create and edit: the forum, then its participants, decisions and follow-ups
 * as rows (blank rows ignored); a participant is an organisation picked, its pillar left empty to
 * take the one its type tells.
 */
public class ForumForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	@Size(max = Forum.TITLE_LENGTH)
	private String title;

	private ForumKind kind;

	private String heldOn;

	@Size(max = Forum.PLACE_LENGTH)
	private String place;

	private Long vnLocalityId;

	private Long partnershipId;

	@Size(max = Forum.AGENDA_LENGTH)
	private String agenda;

	@Size(max = Forum.MINUTES_LENGTH)
	private String minutes;

	private List<@Valid ParticipantRow> participants = new ArrayList<>();

	private List<@Valid DecisionRow> decisions = new ArrayList<>();

	private List<@Valid FollowUpRow> followUps = new ArrayList<>();

	static ForumForm blank(Long province) {
		ForumForm form = new ForumForm();
		form.vnLocalityId = province;
		return form.withBlankRows();
	}

	static ForumForm of(Forum forum) {
		ForumForm form = new ForumForm();
		form.title = forum.getTitle();
		form.kind = forum.getKind();
		form.heldOn = forum.getHeld() == null ? null : forum.getHeld().toString();
		form.place = forum.getPlace();
		form.vnLocalityId = forum.getVnLocalityId();
		form.partnershipId = forum.getPartnershipId();
		form.agenda = forum.getAgenda();
		form.minutes = forum.getMinutes();
		forum.getParticipants().forEach(p -> {
			ParticipantRow row = new ParticipantRow();
			row.party = Selection.key(null, p.organisationId());
			row.pillar = p.pillar();
			form.participants.add(row);
		});
		forum.getDecisions().forEach(d -> {
			DecisionRow row = new DecisionRow();
			row.text = d;
			form.decisions.add(row);
		});
		forum.getFollowUps().forEach(f -> {
			FollowUpRow row = new FollowUpRow();
			row.action = f.action();
			row.owner = f.owner();
			row.dueOn = f.dueOn();
			row.status = f.status();
			row.doneOn = f.doneOn();
			form.followUps.add(row);
		});
		form.keptAs(forum);
		return form.withBlankRows();
	}

	@Override
	public ForumForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			participants.add(new ParticipantRow());
			decisions.add(new DecisionRow());
			followUps.add(new FollowUpRow());
		}
		return this;
	}

	@Override
	public void dropBlankRows() {
		participants.removeIf(ParticipantRow::isBlank);
		decisions.removeIf(d -> trimmed(d.text) == null);
		followUps.removeIf(FollowUpRow::isBlank);
	}

	ForumDraft toDraft(Function<String, Optional<Long>> localityIdByCode, Consumer<ForumDraft> check) {
		var errors = new RuleViolationException.Collector();
		List<ForumParticipant> chosen = new ArrayList<>();
		for (int i = 0; i < participants.size(); i++) {
			ParticipantRow row = participants.get(i);
			String field = "participants[" + i + "].party";
			Selection party = Selection.read(row.party, null, localityIdByCode, field, errors);
			errors.rejectIf(party.localityId() != null, field, "forum.participants.organisationOnly");
			chosen.add(new ForumParticipant(party.organisationId(), row.pillar));
		}
		ForumDraft draft = new ForumDraft(trimmed(title), kind, PartialDates.parse(heldOn, "heldOn", errors),
				trimmed(place), vnLocalityId, partnershipId, chosen, trimmed(agenda), trimmed(minutes),
				decisions.stream().map(d -> trimmed(d.text)).toList(),
				followUps.stream()
					.map(f -> new ForumFollowUp(trimmed(f.action), trimmed(f.owner), f.dueOn, f.status, f.doneOn))
					.toList(),
				trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), ForumForm::onFormFields));
		return draft;
	}

	/** The service's violations, named after this form's fields. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return new RuleViolationException(violations.violations()
			.stream()
			.map(v -> new RuleViolationException.Violation(
					v.field().replaceAll("^(participants\\[\\d+\\])\\.organisationId$", "$1.party")
						.replaceAll("^(decisions\\[\\d+\\])$", "$1.text"),
					v.messageKey(), v.args()))
			.toList());
	}

	/** An organisation that took part, with the pillar it stood for (empty: the one its type tells). */
	public static class ParticipantRow {

		private String party;

		private Pillar pillar;

		boolean isBlank() {
			return trimmed(party) == null && pillar == null;
		}

		public String getParty() {
			return party;
		}

		public void setParty(String party) {
			this.party = party;
		}

		public Pillar getPillar() {
			return pillar;
		}

		public void setPillar(Pillar pillar) {
			this.pillar = pillar;
		}

	}

	/** A decision taken. */
	public static class DecisionRow {

		@Size(max = Forum.TEXT_LENGTH)
		private String text;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/** A follow-up action; a new one is open. */
	public static class FollowUpRow {

		@Size(max = Forum.TEXT_LENGTH)
		private String action;

		@Size(max = Forum.OWNER_LENGTH)
		private String owner;

		private LocalDate dueOn;

		private ForumActionStatus status = ForumActionStatus.OPEN;

		private LocalDate doneOn;

		boolean isBlank() {
			return trimmed(action) == null && trimmed(owner) == null && dueOn == null && doneOn == null;
		}

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action;
		}

		public String getOwner() {
			return owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public LocalDate getDueOn() {
			return dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

		public ForumActionStatus getStatus() {
			return status;
		}

		public void setStatus(ForumActionStatus status) {
			this.status = status;
		}

		public LocalDate getDoneOn() {
			return doneOn;
		}

		public void setDoneOn(LocalDate doneOn) {
			this.doneOn = doneOn;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ForumKind getKind() {
		return kind;
	}

	public void setKind(ForumKind kind) {
		this.kind = kind;
	}

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public void setVnLocalityId(Long vnLocalityId) {
		this.vnLocalityId = vnLocalityId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public List<ParticipantRow> getParticipants() {
		return participants;
	}

	public void setParticipants(List<ParticipantRow> participants) {
		this.participants = participants;
	}

	public List<DecisionRow> getDecisions() {
		return decisions;
	}

	public void setDecisions(List<DecisionRow> decisions) {
		this.decisions = decisions;
	}

	public List<FollowUpRow> getFollowUps() {
		return followUps;
	}

	public void setFollowUps(List<FollowUpRow> followUps) {
		this.followUps = followUps;
	}

}
