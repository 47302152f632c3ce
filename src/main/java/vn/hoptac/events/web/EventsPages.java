package vn.hoptac.events.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;

/**
 * What the page controllers of memberships, events and awards share: who writes, the decades a list
 * narrows to, the partnerships a form offers, and how an unknown id or a bad list parameter answers.
 */
@ControllerAdvice(assignableTypes = { EventPageController.class, MembershipPageController.class,
		AwardPageController.class })
class EventsPages {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	/** The partnerships a form offers to link a record to. */

	/** An unknown id, on any of these pages: the error page's 404. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** A list parameter out of range (page, size, sort): 400. */
	@ExceptionHandler(RuleViolationException.class)
	void badParameter(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/** The decades a list can be narrowed to, the latest first. */
	static List<Integer> decades(int currentYear) {
		return Stream.iterate(currentYear / 10 * 10, decade -> decade >= 1950, decade -> decade - 10).toList();
	}

	/** The partnerships a form offers to link a record to. */
	static List<Partnership> partnershipOptions(PartnershipService partnerships, Long selected) {
		return partnerships.formOptions(selected);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
