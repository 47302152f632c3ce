package vn.hoptac.delegations;

import jakarta.persistence.Embeddable;

/** Another body that took part in a delegation (Samsung Vietnam together with KFHI): a locality or an organisation. */
@Embeddable
public record DelegationGuest(Long organisationId, Long localityId) {
}
