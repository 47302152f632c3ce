package vn.hoptac.geo.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class LocalityExports {

	@Bean
	ExportColumns<LocalityResponse> localityColumns() {
		return ExportColumns.of(LocalityResponse.class)
			.text("name", "localities.name", LocalityResponse::name)
			.text("code", "localities.code", LocalityResponse::code)
			.text("level", "localities.level", LocalityResponse::level)
			.country("country", "localities.country", LocalityResponse::country)
			.named("parent", "localities.parent", "locality", LocalityResponse::parentId)
			.date("validFrom", "localities.validFrom", LocalityResponse::validFrom)
			.date("validTo", "localities.validTo", LocalityResponse::validTo)
			.text("source", "record.source", LocalityResponse::source);
	}

}
