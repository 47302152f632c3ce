package vn.hoptac.shared;

/**
 * Records were written in bulk without the services (e.g. by the scale data generator): every
 * {@link RecordIndex} reads its records again.
 */
public record RecordsReplaced() {
}
