package vn.hoptac.policies;

/** Filters of the policy document list; null means "any". {@code year}: the year it was issued. */
public record PolicyQuery(String text, PolicyKind kind, Integer year) {
}
