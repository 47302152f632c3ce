package vn.hoptac.delegations;

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
 * The parties of delegations, plan items and reported totals: a locality or an organisation, one
 * at most, that exists and that the writer may read (otherwise answered as unknown), on the side
 * it is stated for, and shared at least as widely as the record that names it.
 */
@Component
class PartyCheck {

	private final LocalityService localities;

	private final OrganisationService organisations;

	PartyCheck(LocalityService localities, OrganisationService organisations) {
		this.localities = localities;
		this.organisations = organisations;
	}

	/** A party as the rules need it: its country and the current Vietnamese province it belongs to. */
	record Resolved(String country, Long province) {
	}

	/**
	 * The party named by one of the two ids, or null when neither is given or it is refused (the
	 * reason added to {@code errors} under {@code field}, the locality's field name).
	 */
	Resolved resolve(Long localityId, Long organisationId, boolean vietnamese, Visibility visibility, String field,
			String organisationField, RuleViolationException.Collector errors) {
		Resolved party = resolveAnySide(localityId, organisationId, visibility, field, organisationField, errors);
		if (party != null) {
			boolean isVietnamese = Countries.VIETNAM.equals(party.country());
			errors.rejectIf(vietnamese && !isVietnamese, field, "partnership.vnPartyNotVietnamese");
			errors.rejectIf(!vietnamese && isVietnamese, field, "partnership.foreignPartyVietnamese");
		}
		return party;
	}

	/** As {@link #resolve}, on either side (a guest of a delegation may be Vietnamese or foreign). */
	Resolved resolveAnySide(Long localityId, Long organisationId, Visibility visibility, String field,
			String organisationField, RuleViolationException.Collector errors) {
		if (localityId != null && organisationId != null) {
			errors.reject(field, "partnership.onePartyRequired");
			return null;
		}
		Resolved party = null;
		if (localityId != null) {
			Locality locality = localities.byIds(List.of(localityId)).get(localityId);
			if (locality == null) {
				errors.reject(field, "validation.unknownReference", localityId);
				return null;
			}
			party = new Resolved(locality.getCountry(), localities.currentProvinceOf(localityId).orElse(null));
		}
		else if (organisationId != null) {
			Organisation organisation = organisations.readableByIds(List.of(organisationId)).get(organisationId);
			if (organisation == null) {
				errors.reject(organisationField, "validation.unknownReference", organisationId);
				return null;
			}
			// a party shared less widely than the record would show its name to readers it is hidden from
			errors.rejectIf(!organisation.getStewardship().visibility().sharedAsWidelyAs(visibility),
					organisationField, "validation.referenceSharedLessWidely", organisationId);
			party = new Resolved(organisation.getCountry(), organisation.getStewardship().provinceId());
		}
		return party;
	}

}
