package vn.hoptac.ngos.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class NgoExports {

	@Bean
	ExportColumns<NgoListItem> ngoColumns() {
		return ExportColumns.of(NgoListItem.class)
			.text("organisation", "ngo.organisation", NgoListItem::ngo)
			.text("province", "ngo.province", NgoListItem::province)
			.text("status", "ngo.status", NgoListItem::status)
			.number("certificates", "ngo.certificates", NgoListItem::certificates)
			.date("validUntil", "ngo.validUntil", NgoListItem::validUntil)
			.text("visibility", "record.visibility", NgoListItem::visibility)
			.text("source", "record.source", NgoListItem::source);
	}

}
