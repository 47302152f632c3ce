package vn.hoptac.monitoring;

/** Filters of the plan list: free text, the partnership it plans, a year it covers. */
public record PlanQuery(String text, Long partnershipId, Integer year) {
}
