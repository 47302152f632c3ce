/**
 * Projects and money: projects and programmes by modality (ODA, non-ODA aid, FDI, partner-locality
 * grants, S&T cooperation, Vietnam as donor, …) with participants in their IATI roles, OECD DAC
 * sectors, SDG targets, locations, budgets and transactions in their original currency with VND and
 * USD equivalents, appraisals, the proposals pipeline, and totals sources report for a period.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements", "money", "audit", "sources", "shared" })
package vn.hoptac.projects;
