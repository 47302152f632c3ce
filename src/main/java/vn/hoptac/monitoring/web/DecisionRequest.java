package vn.hoptac.monitoring.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.IndicatorUpdate;

/** Body of submit, approve and return: the version read and, to return, why (required). */
record DecisionRequest(Long version, @Size(max = IndicatorUpdate.COMMENT_LENGTH) String comment) {
}
