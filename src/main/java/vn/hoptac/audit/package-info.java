/**
 * The audit trail: every write, from a page or the API, with who, when, what, and the record's
 * state before and after. Append-only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.hoptac.audit;
