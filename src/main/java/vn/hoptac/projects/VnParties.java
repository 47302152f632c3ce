package vn.hoptac.projects;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * The Vietnamese party that records a project or a reported total (a locality, or an organisation):
 * it must be Vietnamese and readable, and its current province keeps the record.
 */
@Component
class VnParties {

	private final LocalityService localities;

	private final OrganisationService organisations;

	VnParties(LocalityService localities, OrganisationService organisations) {
		this.localities = localities;
		this.organisations = organisations;
	}

	void check(Long localityId, Long organisationId, Visibility visibility, RuleViolationException.Collector errors) {
		if (localityId == null && organisationId == null) {
			errors.reject("vnLocalityId", "project.vnPartyRequired");
			return;
		}
		if (localityId != null) {
			Locality locality = localities.byIds(List.of(localityId)).get(localityId);
			errors.rejectIf(locality == null, "vnLocalityId", "validation.unknownReference", localityId);
			errors.rejectIf(locality != null && !Countries.VIETNAM.equals(locality.getCountry()), "vnLocalityId",
					"partnership.vnPartyNotVietnamese");
		}
		if (organisationId != null) {
			Organisation organisation = organisations.readableByIds(List.of(organisationId)).get(organisationId);
			checkOrganisation(organisation, organisationId, visibility, "vnOrganisationId", errors);
			errors.rejectIf(organisation != null && !Countries.VIETNAM.equals(organisation.getCountry()),
					"vnOrganisationId", "partnership.vnPartyNotVietnamese");
		}
	}

	/** An organisation the writer may not read is answered as one that does not exist. */
	static void checkOrganisation(Organisation organisation, Long id, Visibility visibility, String field,
			RuleViolationException.Collector errors) {
		errors.rejectIf(organisation == null, field, "validation.unknownReference", id);
		// one shared less widely than the record would show its name to readers it is hidden from
		errors.rejectIf(organisation != null && !organisation.getStewardship().visibility().sharedAsWidelyAs(visibility),
				field, "validation.referenceSharedLessWidely", id);
	}

	/** The current province of the party; a national body's records stay national. */
	Long province(Long localityId, Long organisationId) {
		if (localityId != null) {
			return localities.currentProvinceOf(localityId).orElse(null);
		}
		Organisation organisation = organisationId == null ? null
				: organisations.byIds(List.of(organisationId)).get(organisationId);
		return organisation == null ? null : organisation.getStewardship().provinceId();
	}

}
