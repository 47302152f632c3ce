package vn.hoptac.forums;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.partners.Pillar;

/** An organisation that took part in a forum, with the pillar it stood for there. */
@Embeddable
public record ForumParticipant(Long organisationId, @Enumerated(EnumType.STRING) Pillar pillar) {
}
