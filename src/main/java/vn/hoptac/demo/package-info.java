/**
 * Demo mode: loads the seed dataset (facts from the source documents, each with its source) on
 * first start, through the same services and rules as any user.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "agreements", "shared" })
package vn.hoptac.demo;
