/**
 * Administrative units: Vietnam's provinces (the 34 in force since 2025-07-01 and the 63 before,
 * linked by successions), pre-2025 districts, and foreign localities. Answers "which localities
 * does this province's history cover", so other modules can roll records up across mergers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.hoptac.geo;
