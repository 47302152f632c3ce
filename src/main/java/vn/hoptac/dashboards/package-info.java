/**
 * Dashboards of a province and of the nation: counts and trends of agreements, partnerships,
 * delegations and projects, money by funder and sector, partnership health and the provinces side
 * by side, each figure one grouped query through the owning module's service, under the reader's
 * access; shown as ECharts charts, each with its table beside it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements",
		"delegations", "projects", "reviews", "shared" })
package vn.hoptac.dashboards;
