package vn.hoptac.shared;

/** A record's page form: it carries the version the edit is based on (a stale one is refused, 409). */
public interface VersionedForm {

	Long getVersion();

}
