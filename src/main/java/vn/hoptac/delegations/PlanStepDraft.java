package vn.hoptac.delegations;

import vn.hoptac.shared.DatePrecision.PartialDate;

/** A step of a plan's path as stated: what happened, when, under which document. */
public record PlanStepDraft(PlanStep step, PartialDate date, String documentRef, String note) {
}
