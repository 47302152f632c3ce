package vn.hoptac.feedback.web;

import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.flag;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackFormService;
import vn.hoptac.feedback.FeedbackService;
import vn.hoptac.feedback.FeedbackStatus;
import vn.hoptac.shared.HistoryFields;

/** How feedback and its forms read in their history and in the audit log. */
@Configuration(proxyBeanMethods = false)
class FeedbackHistory {

	@Bean
	HistoryFields feedbackFields() {
		return new HistoryFields(FeedbackService.ENTITY, "title",
				List.of(field("status", "feedback.status", code(FeedbackStatus.class)),
						field("rating", "feedback.rating", text()),
						field("category", "feedback.category", code(FeedbackCategory.class)),
						field("comment", "feedback.comment", text())));
	}

	@Bean
	HistoryFields feedbackFormFields() {
		return new HistoryFields(FeedbackFormService.ENTITY, "title",
				List.of(field("title", "feedback.form.title", text()),
						field("consentText", "feedback.form.consentText", text()),
						field("categories", "feedback.form.categories", listOf(code(FeedbackCategory.class))),
						field("open", "feedback.form.open", flag())));
	}

}
