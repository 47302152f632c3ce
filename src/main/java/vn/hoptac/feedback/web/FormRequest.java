package vn.hoptac.feedback.web;

import java.util.List;

import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FormDraft;
import vn.hoptac.shared.AcceptsFieldsOf;

/** A feedback form as staff write it through the API: for a project or a partnership; a GET's answer may be put back. */
@AcceptsFieldsOf(FormResponse.class)
record FormRequest(Long projectId, Long partnershipId, String title, String consentText,
		List<FeedbackCategory> categories, Boolean open, Long version) {

	FormDraft toDraft() {
		return new FormDraft(projectId, partnershipId, title, consentText, categories, Boolean.TRUE.equals(open));
	}

}
