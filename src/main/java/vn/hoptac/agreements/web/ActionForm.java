package vn.hoptac.agreements.web;

import static vn.hoptac.shared.FormFields.trimmed;

import vn.hoptac.agreements.Agreement;
import jakarta.validation.constraints.Size;
import vn.hoptac.agreements.ActionDraft;
import vn.hoptac.agreements.ActionType;

/** The "record an action" form under an agreement's action history. */
public class ActionForm {

	private ActionType type;

	private String date;

	@Size(max = Agreement.NOTE_LENGTH)
	private String note;

	@Size(max = Agreement.SOURCE_LENGTH)
	private String source;

	ActionDraft toDraft() {
		return new ActionRequest(type, date, trimmed(note), trimmed(source))
			.toDraft();
	}

	public ActionType getType() {
		return type;
	}

	public void setType(ActionType type) {
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
