package vn.hoptac.reviews;

import java.time.LocalDate;

import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.shared.RecordRef;

/** What the health rules read of the partnership itself: its status and type, and since when. */
public record PartnershipFacts(RecordRef partnership, Long provinceId, PartnershipStatus status,
		PartnershipType type, LocalDate establishedOn, LocalDate statusSince) {

	/** The facts of a partnership; {@code statusSince} only when its status history is loaded. */
	public static PartnershipFacts of(Partnership p, boolean historyLoaded) {
		LocalDate since = historyLoaded && !p.getStatusHistory().isEmpty()
				? p.getStatusHistory().get(p.getStatusHistory().size() - 1).validFrom() : null;
		return new PartnershipFacts(new RecordRef("partnership", p.getId(), p.getTitle(), "/partnerships/" + p.getId()),
				p.getStewardship().provinceId(), p.getCurrentStatus(), p.getCurrentType(), p.getEstablishedOn(), since);
	}

	/** The facts of a partnership as a summary reads them, without the date its status took effect. */
	public static PartnershipFacts of(PartnershipService.Summary p) {
		return new PartnershipFacts(new RecordRef("partnership", p.id(), p.title(), "/partnerships/" + p.id()),
				p.provinceId(), p.status(), p.type(), p.establishedOn(), null);
	}

	/** Only proposed or at a letter of intent: nothing formal signed yet. */
	boolean atLetterOfIntent() {
		if (status != null) {
			return status == PartnershipStatus.PROPOSED || status == PartnershipStatus.LOI;
		}
		return type == PartnershipType.LETTER_OF_INTENT;
	}

}
