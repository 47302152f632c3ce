package vn.hoptac.shared;

/**
 * Another record a message points to, e.g. the existing partnership a new one would duplicate:
 * {@code path} is its page ({@code /partnerships/5}); the API's address is {@code /api/v1} + path.
 */
public record RecordRef(String entity, long id, String title, String path) implements java.io.Serializable {
}
