package vn.hoptac.events.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.events.Membership;
import vn.hoptac.events.MembershipDraft;
import vn.hoptac.events.MembershipKind;
import vn.hoptac.events.MembershipRole;
import vn.hoptac.events.MembershipStatus;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/** The page form of a membership: the network and the member picked, the roles held as rows. */
public class MembershipForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	private static final Map<Pattern, String> RENAMES = Map.of(Pattern.compile("^networkOrganisationId$"),
			"networkParty", Pattern.compile("^member(Locality|Organisation)Id$"), "memberParty");

	private String networkParty;

	private String memberParty;

	private String memberPartyCode;

	private MembershipKind kind = MembershipKind.MEMBER;

	private MembershipStatus status = MembershipStatus.ACTIVE;

	private String since;

	private String until;

	@Size(max = Membership.NOTE_LENGTH)
	private String note;

	private List<@Valid RoleRow> roles = new ArrayList<>();

	static MembershipForm blank(String ownParty) {
		MembershipForm form = new MembershipForm();
		form.memberParty = ownParty;
		return form.withBlankRows();
	}

	static MembershipForm of(Membership m) {
		MembershipForm form = new MembershipForm();
		form.networkParty = Selection.key(null, m.getNetworkOrganisationId());
		form.memberParty = Selection.key(m.getMemberLocalityId(), m.getMemberOrganisationId());
		form.kind = m.getKind();
		form.status = m.getStatus();
		form.since = FormFields.text(m.getSince());
		form.until = FormFields.text(m.getUntil());
		form.note = m.getNote();
		m.getRoles().forEach(r -> form.roles.add(RoleRow.of(r)));
		form.keptAs(m);
		return form.withBlankRows();
	}

	@Override
	public MembershipForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			roles.add(new RoleRow());
		}
		return this;
	}

	@Override
	public void dropBlankRows() {
		roles.removeIf(RoleRow::isBlank);
	}

	MembershipDraft toDraft(Pickers pickers, Consumer<MembershipDraft> check) {
		var errors = new RuleViolationException.Collector();
		Long network = FormFields.organisation(pickers.read(networkParty, null, "networkParty", errors),
				"networkParty", errors);
		Selection member = pickers.read(memberParty, memberPartyCode, "memberParty", errors);
		List<MembershipRole> held = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			RoleRow row = roles.get(i);
			held.add(MembershipRole.of(trimmed(row.role), PartialDates.parse(row.from, "roles[" + i + "].from", errors),
					PartialDates.parse(row.to, "roles[" + i + "].to", errors)));
		}
		MembershipDraft draft = new MembershipDraft(network, member.localityId(), member.organisationId(), kind, status,
				PartialDates.parse(since, "since", errors), PartialDates.parse(until, "until", errors),
				trimmed(note), held, trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), MembershipForm::onFormFields));
		return draft;
	}

	static RuleViolationException onFormFields(RuleViolationException violations) {
		return FormFields.renamed(violations, RENAMES);
	}

	public String getNetworkParty() {
		return networkParty;
	}

	public void setNetworkParty(String networkParty) {
		this.networkParty = networkParty;
	}

	public String getMemberParty() {
		return memberParty;
	}

	public void setMemberParty(String memberParty) {
		this.memberParty = memberParty;
	}

	public String getMemberPartyCode() {
		return memberPartyCode;
	}

	public void setMemberPartyCode(String memberPartyCode) {
		this.memberPartyCode = memberPartyCode;
	}

	public MembershipKind getKind() {
		return kind;
	}

	public void setKind(MembershipKind kind) {
		this.kind = kind;
	}

	public MembershipStatus getStatus() {
		return status;
	}

	public void setStatus(MembershipStatus status) {
		this.status = status;
	}

	public String getSince() {
		return since;
	}

	public void setSince(String since) {
		this.since = since;
	}

	public String getUntil() {
		return until;
	}

	public void setUntil(String until) {
		this.until = until;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<RoleRow> getRoles() {
		return roles;
	}

	public void setRoles(List<RoleRow> roles) {
		this.roles = roles;
	}

	/** A role held in the network, with its period as known. */
	public static class RoleRow {

		@Size(max = Membership.ROLE_LENGTH)
		private String role;

		private String from;

		private String to;

		static RoleRow of(MembershipRole r) {
			RoleRow row = new RoleRow();
			row.role = r.role();
			row.from = FormFields.text(r.from());
			row.to = FormFields.text(r.to());
			return row;
		}

		boolean isBlank() {
			return trimmed(role) == null && trimmed(from) == null && trimmed(to) == null;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getFrom() {
			return from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

		public String getTo() {
			return to;
		}

		public void setTo(String to) {
			this.to = to;
		}

	}

}
