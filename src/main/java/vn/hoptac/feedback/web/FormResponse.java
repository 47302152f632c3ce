package vn.hoptac.feedback.web;

import java.util.List;

import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackForm;

/** A feedback form; its writable fields are those of {@link FormRequest}. */
record FormResponse(Long id, Long projectId, Long partnershipId, String subjectTitle, String title,
		String consentText, List<FeedbackCategory> categories, boolean open, Long ownerProvinceId, long version) {

	static FormResponse of(FeedbackForm f) {
		return new FormResponse(f.getId(), f.getProjectId(), f.getPartnershipId(), f.getSubjectTitle(), f.getTitle(),
				f.getConsentText(), f.getCategories(), f.isOpen(), f.getStewardship().provinceId(), f.getVersion());
	}

}
