/**
 * The network of actors of local foreign affairs: Vietnamese and foreign localities and
 * organisations, each tagged with a pillar (government, business, community, academia), linked by
 * the partnerships, agreements, projects, exchanges and delegations the other modules record, with
 * the flow each kind carries and the year each line first appears; its metrics computed with
 * JGraphT (degree, betweenness, PageRank, communities). Read-only: it asks the modules' own
 * services, under the reader's access.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements",
		"delegations", "exchanges", "projects", "shared" })
package vn.hoptac.analytics;
