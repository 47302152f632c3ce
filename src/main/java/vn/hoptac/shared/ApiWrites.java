package vn.hoptac.shared;

/**
 * How the OpenAPI document names a record type's write endpoints ({@link RecordApi}): the operation
 * ids ({@code createExchange}, {@code updateExchange}, {@code deleteExchange}) and their summaries.
 *
 * @param record the record type's name in the operation ids ({@code Exchange})
 */
public record ApiWrites(String record, String create, String update, String delete) {

	/**
	 * The usual summaries, {@code noun} naming one record ("an exchange"): created by anyone who may
	 * write, updated against the version read, deleted by administrators.
	 */
	public static ApiWrites of(String record, String noun) {
		return new ApiWrites(record, "Create " + noun, "Update " + noun + " (based on the version read)",
				"Delete " + noun + " (administrators; province administrators in their province). "
						+ "With the version read, a stale one is a 409.");
	}

	public ApiWrites created(String summary) {
		return new ApiWrites(record, summary, update, delete);
	}

	public ApiWrites deleted(String summary) {
		return new ApiWrites(record, create, update, summary);
	}

	/** The operation id of {@link RecordApi}'s method {@code create}, {@code update} or {@code delete}. */
	public String operationId(String method) {
		return method + record;
	}

	public String summary(String method) {
		return switch (method) {
			case "create" -> create;
			case "update" -> update;
			case "delete" -> delete;
			default -> throw new IllegalArgumentException(method);
		};
	}

}
