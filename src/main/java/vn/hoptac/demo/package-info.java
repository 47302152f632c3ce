/**
 * Demo mode: loads the seed dataset (facts from the source documents, each with its source) on
 * first start, through the same services and rules as any user, and one demo account per role.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements", "identity", "shared", "delegations", "conferences", "ngos", "exchanges", "events", "projects", "monitoring", "forums", "feedback", "policies" })
package vn.hoptac.demo;
