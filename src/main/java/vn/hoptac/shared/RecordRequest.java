package vn.hoptac.shared;

/**
 * The body of a record type's {@code POST} and {@code PUT}: the draft it describes (its own checks
 * name the fields they refuse) and, on an update, the version it is based on.
 *
 * @param <D> the draft the record type's service validates and saves
 */
public interface RecordRequest<D> {

	D toDraft();

	Long version();

}
