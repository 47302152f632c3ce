package vn.hoptac.monitoring;

/** Filters of the framework list. */
public record FrameworkQuery(String text, FrameworkScope scope, Long planId, Long partnershipId, Long projectId,
		Long localityId) {
}
