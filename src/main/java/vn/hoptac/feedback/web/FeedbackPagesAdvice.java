package vn.hoptac.feedback.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.hoptac.shared.NotFoundException;

/** On the feedback pages, an unknown id (or a closed form's public page) is the error page's 404. */
@ControllerAdvice(assignableTypes = { PublicFeedbackController.class, FeedbackPageController.class,
		FormPageController.class })
class FeedbackPagesAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
