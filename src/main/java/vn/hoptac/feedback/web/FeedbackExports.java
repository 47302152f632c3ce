package vn.hoptac.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.feedback.Feedback;
import vn.hoptac.feedback.FeedbackForm;
import vn.hoptac.shared.RecordExport;

/**
 * The columns of this module's list exports (CSV, XLSX), read as lean rows: what the JSON lists
 * show, never a submitter's name or contact.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackExports {

	@Bean
	RecordExport<FeedbackForm> feedbackFormExport() {
		return RecordExport.of(FeedbackForm.class, FormResponse.class)
			.text("title", "feedback.form.title")
			.text("subjectTitle", "feedback.form.subject")
			.number("project", "export.column.projectId", "projectId")
			.number("partnership", "export.column.partnershipId", "partnershipId")
			.text("consentText", "feedback.form.consentText")
			.text("categories", "feedback.form.categories", "categories", String.class, FeedbackForm::categoriesOf)
			.text("open", "feedback.form.open");
	}

	@Bean
	RecordExport<Feedback> feedbackExport() {
		return RecordExport.of(Feedback.class, FeedbackResponse.Item.class)
			.text("form", "export.column.formTitle", "title")
			.number("rating", "feedback.rating", "rating")
			.text("category", "feedback.category")
			.text("status", "feedback.status")
			.text("anonymous", "feedback.anonymous")
			.date("submittedAt", "feedback.submittedAt");
	}

}
