package vn.hoptac.agreements.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The rows of the agreements' {@code parties} collection read as links (agreement → locality or
 * organisation), for list filters only: a roll-up's subquery selects the agreement ids from this
 * table alone, where a subquery over the collection also joins every party row back to its agreement.
 * Read-only; the parties are written through {@code Agreement}.
 */
@Entity
@Immutable
@Table(name = "agreement_party")
public class AgreementPartyLink {

	@Id
	private Long id;

	@Column(name = "agreement_id")
	private Long agreementId;

	private Long localityId;

	private Long organisationId;

	protected AgreementPartyLink() {
	}

}
