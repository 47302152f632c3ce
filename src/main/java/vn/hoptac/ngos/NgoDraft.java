package vn.hoptac.ngos;

import java.util.List;
import java.util.Set;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.Visibility;

/**
 * What a user states about the province's file on a foreign NGO: the organisation (a readable
 * organisation of type FOREIGN_NGO), the province, and the certificates, opinions, visits and reports.
 */
public record NgoDraft(Long organisationId, Long vnLocalityId, NgoStatus status, Set<CooperationField> fields,
		String contact, String note, List<NgoCertificate> certificates, List<NgoOpinion> opinions,
		List<NgoVisit> visits, List<NgoReport> reports, String source, Visibility visibility) {

	public NgoDraft {
		fields = fields == null ? Set.of() : fields;
		certificates = certificates == null ? List.of() : certificates;
		opinions = opinions == null ? List.of() : opinions;
		visits = visits == null ? List.of() : visits;
		reports = reports == null ? List.of() : reports;
	}

}
