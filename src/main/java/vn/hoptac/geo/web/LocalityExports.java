package vn.hoptac.geo.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.geo.Locality;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class LocalityExports {

	@Bean
	RecordExport<Locality> localityExport() {
		return RecordExport.of(Locality.class, LocalityResponse.class)
			.names("name", "localities.name", "names")
			.text("code", "localities.code")
			.text("level", "localities.level")
			.country("country", "localities.country", "country")
			.named("parent", "localities.parent", "locality", "parentId")
			.date("validFrom", "localities.validFrom")
			.date("validTo", "localities.validTo")
			.text("source", "record.source");
	}

}
