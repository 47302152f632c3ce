/**
 * Reports generated from the data: a province's six-monthly and annual report on local foreign
 * affairs (figures gathered from the other modules' records, the officer's text), as DOCX and PDF
 * laid out after Decree 30/2020/NĐ-CP and XLSX; submitted to MOFA and frozen as sent, in numbered
 * versions. And the IPTT of a results framework, rendered by the same formats.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements", "delegations",
		"conferences", "ngos", "projects", "exchanges", "events", "forums", "reviews", "monitoring", "shared" })
package vn.hoptac.reports;
