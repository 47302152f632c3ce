package vn.hoptac.shared;

/**
 * What a record type's service offers the pages that create, edit and delete its records from a
 * draft: read one (404, 403), check a draft without saving, create, update against a version and
 * delete against a version (409 when stale).
 */
public interface DraftService<T extends KeptRecord, D> {

	T get(long id);

	void check(D draft);

	/** Checks the draft of an edit of record {@code id} (rules that compare it with itself need the id). */
	default void check(long id, D draft) {
		check(draft);
	}

	/** Refuses (403) an edit the reader may not make; the province and unit rules by default. */
	default void checkEditable(T record) {
		Access.checkWrite(record.getStewardship());
	}

	/** Refuses (403) a delete the reader may not make. */
	default void checkDeletable(T record) {
		Access.checkDelete(record.getStewardship());
	}

	T create(D draft);

	T update(long id, D draft, Long expectedVersion);

	void delete(long id, Long expectedVersion);

}
