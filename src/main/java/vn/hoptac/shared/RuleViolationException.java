package vn.hoptac.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a domain rule. Carries message keys, not text, so that the web layer can
 * answer in the request's language. Thrown before anything is written.
 */
public class RuleViolationException extends RuntimeException {

	private final List<Violation> violations;

	public RuleViolationException(List<Violation> violations) {
		super(violations.toString());
		this.violations = List.copyOf(violations);
	}

	public static RuleViolationException of(String field, String messageKey, Object... args) {
		return new RuleViolationException(List.of(new Violation(field, messageKey, args)));
	}

	public List<Violation> violations() {
		return violations;
	}

	/** One broken rule: the field it concerns, a message key and its arguments. */
	public record Violation(String field, String messageKey, Object... args) {
	}

	/** Collects violations and throws them together, so the user sees every problem at once. */
	public static final class Collector {

		private final List<Violation> violations = new ArrayList<>();

		public Collector reject(String field, String messageKey, Object... args) {
			violations.add(new Violation(field, messageKey, args));
			return this;
		}

		public Collector rejectIf(boolean condition, String field, String messageKey, Object... args) {
			return condition ? reject(field, messageKey, args) : this;
		}

		public void throwIfAny() {
			if (!violations.isEmpty()) {
				throw new RuleViolationException(violations);
			}
		}

		/**
		 * When something was collected, throws it together with what {@code check} finds on the other
		 * fields: a form whose dates cannot be read still reports the rules the rest breaks, at once,
		 * instead of on the next submit.
		 */
		public void throwIfAnyWith(Runnable check) {
			if (violations.isEmpty()) {
				return;
			}
			try {
				check.run();
			}
			catch (RuleViolationException ex) {
				ex.violations()
					.stream()
					.filter(found -> violations.stream().noneMatch(v -> v.field().equals(found.field())))
					.forEach(violations::add);
			}
			throwIfAny();
		}

	}

}
