package vn.hoptac.agreements.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of the agreements list's CSV and XLSX exports. */
@Configuration(proxyBeanMethods = false)
class AgreementExports {

	@Bean
	ExportColumns<AgreementListItem> agreementColumns() {
		return ExportColumns.of(AgreementListItem.class)
			.text("title", "agreement.title", AgreementListItem::title)
			.text("parties", "agreement.parties", a -> a.parties().stream().map(AgreementListItem.PartyItem::party).toList())
			.country("country", "facet.country", AgreementListItem::foreignCountry)
			.text("kind", "agreement.kind", AgreementListItem::kind)
			.text("legalBasis", "agreement.legalBasis", AgreementListItem::legalBasis)
			.text("level", "agreement.level", AgreementListItem::level)
			.date("signedOn", "agreement.signedOn", a -> ExportColumns.partial(a.signedOn(), a.signedPrecision()))
			.date("effectiveOn", "agreement.effectiveOn", AgreementListItem::effectiveOn)
			.date("expiresOn", "agreement.expiresOn", AgreementListItem::expiresOn)
			.text("stage", "agreement.stage", AgreementListItem::status)
			.text("documentRef", "agreement.documentRef", AgreementListItem::documentRef)
			.text("visibility", "record.visibility", AgreementListItem::visibility)
			.text("source", "record.source", AgreementListItem::source);
	}

}
