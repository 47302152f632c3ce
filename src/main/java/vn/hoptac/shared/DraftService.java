package vn.hoptac.shared;

/**
 * What a record type's service offers the pages that create, edit and delete its records from a
 * draft: read one (404, 403), check a draft without saving, create, update against a version and
 * delete against a version (409 when stale).
 */
public interface DraftService<T extends KeptRecord, D> {

	T get(long id);

	void check(D draft);

	T create(D draft);

	T update(long id, D draft, Long expectedVersion);

	void delete(long id, Long expectedVersion);

}
