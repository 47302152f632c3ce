package vn.hoptac.demo.internal;

import java.util.List;
import java.util.Set;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;

/**
 * The shape of {@code db/demo/seed.json}. Records refer to each other by key (organisations,
 * partnerships) or by locality code; dates may be partial ("2004", "2018-11").
 */
record SeedFile(List<LocalitySeed> localities, List<OrganisationSeed> organisations,
		List<PartnershipSeed> partnerships, List<AgreementSeed> agreements) {

	record LocalitySeed(String code, String country, LocalityLevel level, String parentCode, String nameVi,
			String nameEn, String nameKo, String nameNative, String validFrom, String validTo, String source) {
	}

	record OrganisationSeed(String key, OrganisationType type, String nameVi, String nameEn, String nameKo,
			String nameNative, String abbreviation, String country, String localityCode, String website,
			String source) {
	}

	record PartnershipSeed(String key, PartnershipLevel level, String vnLocalityCode, String vnOrganisationKey,
			String foreignLocalityCode, String foreignOrganisationKey, String titleVi, String description,
			Set<CooperationField> fields, List<TypeSeed> types, List<StatusSeed> statuses,
			List<MilestoneSeed> milestones, String source, Boolean duplicateIntended) {
	}

	record TypeSeed(PartnershipType type, String from, String note, String source) {
	}

	record StatusSeed(PartnershipStatus status, String from, String note, String source) {
	}

	record MilestoneSeed(String date, String title, String description, String source) {
	}

	record AgreementSeed(String key, String title, AgreementKind kind, LegalBasis legalBasis, SignatoryLevel level,
			String partnershipKey, List<PartySeed> parties, String signedOn, String effectiveOn, String expiresOn,
			Set<CooperationField> fields, String documentRef, List<ActionSeed> actions, String source) {
	}

	record PartySeed(PartySide side, String localityCode, String organisationKey, String signatoryName,
			String signatoryTitle, SignatoryLevel signatoryLevel) {
	}

	record ActionSeed(ActionType type, String date, String note, String source) {
	}

}
