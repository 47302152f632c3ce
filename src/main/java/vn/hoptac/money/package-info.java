/**
 * Money: the currencies (IATI Currency codelist, ISO 4217), the exchange rates to đồng, and the
 * conversion of an amount into exact đồng and US dollar equivalents for the modules that record
 * amounts (delegations' costs, projects' budgets and transactions).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "sources", "shared" })
package vn.hoptac.money;
