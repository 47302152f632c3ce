package vn.hoptac.ngos.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoCertificate;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ExportColumns.Kind;
import vn.hoptac.shared.ExportRow;
import vn.hoptac.shared.ExportRows;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class NgoExports {

	/** Where a row keeps its certificates, read once for the columns that count and date them. */
	private static final String CERTIFICATES = "certificateList";

	@Bean
	RecordExport<Ngo> ngoExport(PartyDirectory parties, EntityManager entityManager) {
		return RecordExport.of(Ngo.class, NgoListItem.class)
			.related("organisation", "ngo.organisation", parties.partiesAt(null, "organisationId"))
			.related("province", "ngo.province", parties.partiesAt("vnLocalityId", null))
			.text("status", "ngo.status")
			.lookedUp(CERTIFICATES, rows -> certificates(entityManager, rows))
			.column("certificates", "ngo.certificates", Kind.NUMBER, row -> certificatesOf(row).size())
			.column("validUntil", "ngo.validUntil", Kind.DATE, row -> NgoListItem.validUntil(certificatesOf(row)))
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	/** The certificates of each NGO of a page of rows (none: an empty list), read in one query. */
	private static Map<Long, List<NgoCertificate>> certificates(EntityManager entityManager, List<ExportRow> rows) {
		Map<Long, List<Object>> held = ExportRows.elements(entityManager, Ngo.class, "certificates", ExportRow.ids(rows));
		Map<Long, List<NgoCertificate>> certificates = new HashMap<>();
		for (ExportRow row : rows) {
			certificates.put(row.id(), held.getOrDefault(row.id(), List.of())
				.stream()
				.map(NgoCertificate.class::cast)
				.toList());
		}
		return certificates;
	}

	@SuppressWarnings("unchecked")
	private static List<NgoCertificate> certificatesOf(ExportRow row) {
		return (List<NgoCertificate>) row.get(CERTIFICATES);
	}

}
