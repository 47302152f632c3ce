package vn.hoptac.partners;

import java.util.List;

import vn.hoptac.shared.RecordRef;

/**
 * Records of other modules that refer to a partnership (agreements name the partnership they
 * belong to). Those modules implement it, so that a partnership is not deleted from under them.
 */
public interface PartnershipLinks {

	/** The records linked to the partnership, at most a few, for a message to name them. */
	List<RecordRef> linkedTo(long partnershipId);

}
