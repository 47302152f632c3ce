package vn.hoptac.ngos.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

	@Bean
	RecordExport<Ngo> ngoExport(PartyDirectory parties, EntityManager entityManager) {
		return RecordExport.of(Ngo.class, NgoListItem.class)
			.related("organisation", "ngo.organisation", parties.partiesAt(null, "organisationId"))
			.related("province", "ngo.province", parties.partiesAt("vnLocalityId", null))
			.text("status", "ngo.status")
			.related("certificates", "ngo.certificates", Kind.NUMBER,
					rows -> ofCertificates(entityManager, rows, List::size))
			.related("validUntil", "ngo.validUntil", Kind.DATE,
					rows -> ofCertificates(entityManager, rows, NgoListItem::validUntil))
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	/** What each NGO of a page of rows holds by its certificates (none: an empty list), in one query. */
	private static Map<Long, Object> ofCertificates(EntityManager entityManager, List<ExportRow> rows,
			Function<List<NgoCertificate>, ?> value) {
		Map<Long, List<Object>> held = ExportRows.elements(entityManager, Ngo.class, "certificates", ExportRow.ids(rows));
		Map<Long, Object> values = new HashMap<>();
		for (ExportRow row : rows) {
			List<NgoCertificate> certificates = held.getOrDefault(row.id(), List.of())
				.stream()
				.map(NgoCertificate.class::cast)
				.toList();
			values.put(row.id(), value.apply(certificates));
		}
		return values;
	}

}
