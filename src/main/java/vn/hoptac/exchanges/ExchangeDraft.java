package vn.hoptac.exchanges;

import java.util.List;
import java.util.Set;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/**
 * What a user states about an exchange. {@code foreignCountry} is needed only when no foreign
 * party is named (Lao students, the country alone known); otherwise it follows from the party.
 */
public record ExchangeDraft(String title, ExchangeKind kind, ExchangeStatus status, String programmeName,
		Long vnLocalityId, Long vnOrganisationId, Long foreignLocalityId, Long foreignOrganisationId,
		String foreignCountry, Long partnershipId, Long projectId, boolean online, PartialDate startOn,
		PartialDate endOn, String description, Set<CooperationField> fields, List<ExchangeCount> counts,
		String source, Visibility visibility) {

	public ExchangeDraft {
		fields = fields == null ? Set.of() : fields;
		counts = counts == null ? List.of() : counts;
	}

}
