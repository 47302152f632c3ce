package vn.hoptac.feedback.web;

import java.util.List;

import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackForm;
import vn.hoptac.geo.Locality;

/**
 * What anyone may see of an open form, to submit through it: no stewardship, no counts, and not the
 * project's or partnership's own title, which may be internal: the public reads the form's title,
 * which its officer writes for them.
 */
record PublicFormResponse(Long id, String title, String consentText,
		List<FeedbackCategory> categories, List<Commune> communes) {

	static PublicFormResponse of(FeedbackForm f, List<Locality> communes) {
		return new PublicFormResponse(f.getId(), f.getTitle(), f.getConsentText(),
				f.getCategories(), communes.stream().map(l -> new Commune(l.getId(), l.getNames().vi())).toList());
	}

	/** A unit a submission may name as its commune. */
	record Commune(Long id, String name) {
	}

}
