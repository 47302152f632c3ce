/**
 * Monitoring and evaluation: medium-term cooperation plans with their objectives; results frameworks
 * attached to a plan, partnership, project, province or the nation (result, indicator, baseline,
 * periods with targets and actuals); updates of actuals that officers submit and province
 * administrators approve or return; the indicator tracking table (IPTT) of a framework.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "projects", "audit", "sources", "shared" })
package vn.hoptac.monitoring;
