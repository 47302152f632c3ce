package vn.hoptac.feedback;

import java.util.List;

/** A feedback form as staff write it: for a project or a partnership (exactly one). */
public record FormDraft(Long projectId, Long partnershipId, String title, String consentText,
		List<FeedbackCategory> categories, boolean open) {

	public FormDraft {
		// kept as given (a null element is refused by the service, naming the field)
		categories = categories == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(categories));
	}

}
