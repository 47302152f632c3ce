package vn.hoptac.ngos.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.hoptac.ngos.CertificateStatus;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoCertificate;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Visibility;

/**
 * An NGO's file as a list shows it: the NGO, the province, its status and the earliest end of
 * validity among its valid certificates (null: none on file, or none with an end).
 */
record NgoListItem(Long id, Long organisationId, Party ngo, Party province, NgoStatus status, int certificates,
		LocalDate validUntil, String source, Visibility visibility, Long ownerProvinceId, long version) {

	static NgoListItem of(Ngo n, PartyDirectory.Lookup names) {
		return new NgoListItem(n.getId(), n.getOrganisationId(), names.party(null, n.getOrganisationId()),
				names.party(n.getVnLocalityId(), null), n.getStatus(), n.getCertificates().size(), validUntil(n),
				n.getSource(), n.getStewardship().visibility(), n.getStewardship().provinceId(), n.getVersion());
	}

	static LocalDate validUntil(Ngo n) {
		return validUntil(n.getCertificates());
	}

	static LocalDate validUntil(List<NgoCertificate> certificates) {
		return certificates
			.stream()
			.filter(c -> c.status() == CertificateStatus.VALID)
			.map(NgoCertificate::validTo)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

}
