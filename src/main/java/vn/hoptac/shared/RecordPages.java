package vn.hoptac.shared;

import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the pages of every record type share: an unknown id is the error page's 404, a list
 * parameter out of range (page, size, sort) a 400; and the decades a list can be narrowed to.
 */
public abstract class RecordPages {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(RuleViolationException.class)
	void badParameter(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/** The decades from this year's back to the 1950s, the latest first. */
	protected static List<Integer> decades(Year current) {
		return Stream.iterate(current.getValue() / 10 * 10, decade -> decade >= 1950, decade -> decade - 10).toList();
	}

	/** Whether the current reader may change the record. */
	protected static boolean canEdit(Stewardship record) {
		return Access.canWrite(Access.current().orElse(null), record);
	}

	/** Whether the current reader may delete the record. */
	protected static boolean canDelete(Stewardship record) {
		return Access.canDelete(Access.current().orElse(null), record);
	}

}
