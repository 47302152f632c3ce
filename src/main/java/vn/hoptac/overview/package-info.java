/**
 * What gathers from every module: the home page (the reader's reminders, recent changes, the public
 * counts) and the header's global search across localities, organisations, partnerships and
 * agreements, each asked through its own module's list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements", "audit",
		"reminders", "shared" })
package vn.hoptac.overview;
