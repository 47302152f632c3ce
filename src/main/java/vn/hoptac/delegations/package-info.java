/**
 * Delegations (task 13 of Circular 03/2021/TT-BNG): inbound and outbound delegations with their
 * head, size, programme, outcomes, cost and follow-ups; the annual and six-month plans of the
 * provincial leaders' delegations with their path DOFA → People's Committee → MOFA → Prime
 * Minister; totals that sources report for periods before the records; statistics per partner,
 * country, direction and year.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements", "events", "money", "audit", "sources", "shared" })
package vn.hoptac.delegations;
