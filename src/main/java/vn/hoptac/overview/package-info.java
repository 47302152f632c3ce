/**
 * What gathers from every module: the home page (what needs attention, recent changes, the public
 * counts) and the header's global search across localities, organisations, partnerships and
 * agreements, each asked through its own module's list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements", "audit",
		"shared" })
package vn.hoptac.overview;
