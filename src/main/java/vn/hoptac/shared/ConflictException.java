package vn.hoptac.shared;

import java.util.List;

/**
 * A write that conflicts with other records (a duplicate of one, or a delete that others still
 * need): the API answers 409 with the records linked, a form shows the message at its field and
 * links to them. It is a rule violation, so forms collect it as they collect the others.
 */
public class ConflictException extends RuleViolationException {

	private final String problem;

	private final List<RecordRef> records;

	/** {@code problem} names the problem's title and detail ({@code problem.<problem>.title}). */
	public ConflictException(String problem, List<RecordRef> records, String field, String messageKey,
			Object... args) {
		super(List.of(new Violation(field, messageKey, args)));
		this.problem = problem;
		this.records = List.copyOf(records);
	}

	public String problem() {
		return problem;
	}

	public List<RecordRef> records() {
		return records;
	}

}
