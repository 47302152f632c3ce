package vn.hoptac.feedback;

import java.util.List;

/**
 * What an import of a survey export did: how many rows it wrote, how many it skipped as already
 * imported (same submission uuid), and the rows it refused, each with its line, field and reason
 * (a message key and its arguments). When any row is refused, nothing is written.
 */
public record ImportReport(int rows, int imported, int alreadyImported, List<Refusal> refused) {

	/** A refused row: its line in the file (the header is line 1), the field and why. */
	public record Refusal(long line, String field, String messageKey, Object... args) {
	}

}
