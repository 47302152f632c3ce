package vn.hoptac.agreements.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ExportRow;
import vn.hoptac.shared.RecordExport;

/** The columns of the agreements list's CSV and XLSX exports, read as lean rows. */
@Configuration(proxyBeanMethods = false)
class AgreementExports {

	@Bean
	RecordExport<Agreement> agreementExport(AgreementService agreements, PartyDirectory parties) {
		return RecordExport.of(Agreement.class, AgreementListItem.class)
			.text("title", "agreement.title")
			.related("parties", "agreement.parties", rows -> partyNames(agreements, parties, ExportRow.ids(rows)))
			.country("country", "facet.country", "foreignCountry")
			.text("kind", "agreement.kind")
			.text("legalBasis", "agreement.legalBasis")
			.text("level", "agreement.level")
			.date("signedOn", "agreement.signedOn", "signedOn", "signedPrecision")
			.date("effectiveOn", "agreement.effectiveOn")
			.date("expiresOn", "agreement.expiresOn")
			.text("stage", "agreement.stage", "currentStage")
			.text("documentRef", "agreement.documentRef")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	/** The parties of a page of agreements, by agreement, named by one directory lookup. */
	private static Map<Long, List<Party>> partyNames(AgreementService agreements, PartyDirectory directory,
			Collection<Long> ids) {
		Map<Long, List<AgreementParty>> parties = agreements.partiesOf(ids);
		List<AgreementParty> all = parties.values().stream().flatMap(List::stream).toList();
		PartyDirectory.Lookup names = directory.load(all.stream().map(AgreementParty::localityId).toList(),
				all.stream().map(AgreementParty::organisationId).toList());
		Map<Long, List<Party>> named = new HashMap<>();
		parties.forEach((id, of) -> named.put(id,
				of.stream().map(p -> names.party(p.localityId(), p.organisationId())).toList()));
		return named;
	}

}
