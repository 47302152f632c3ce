package vn.hoptac.events.web;

import java.util.Map;
import java.util.regex.Pattern;

import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.RuleViolationException;

/** Helpers the forms of this package share: service fields renamed after the form's, dates, organisations picked. */
final class FormFields {

	private FormFields() {
	}

	/** The violations with each field that matches a pattern renamed (ids of parties become the picker's field). */
	static RuleViolationException renamed(RuleViolationException violations, Map<Pattern, String> renames) {
		return new RuleViolationException(violations.violations().stream().map(v -> {
			String field = v.field();
			for (Map.Entry<Pattern, String> rename : renames.entrySet()) {
				field = rename.getKey().matcher(field).replaceAll(rename.getValue());
			}
			return new RuleViolationException.Violation(field, v.messageKey(), v.args());
		}).toList());
	}

	static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

	/** An organisation chosen in a picker that also offers localities: a locality is refused at the field. */
	static Long organisation(Selection selection, String field, RuleViolationException.Collector errors) {
		errors.rejectIf(selection.localityId() != null, field, "validation.badValue", "locality:" + selection.localityId());
		return selection.organisationId();
	}

}
