package vn.hoptac.geo.web;

import static vn.hoptac.shared.HistoryFields.SOURCE;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.country;
import static vn.hoptac.shared.HistoryFields.day;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.names;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.HistoryFields;

/** How localities read in the audit log: as on their page. */
@Configuration(proxyBeanMethods = false)
class LocalityHistory {

	@Bean
	HistoryFields localityFields(LocalityService localities) {
		return new HistoryFields("locality", "names", List.of(field("names", "localities.names", names()),
				field("code", "localities.code", text()), field("level", "localities.level", code(LocalityLevel.class)),
				field("country", "localities.country", country()),
				field("parentId", "localities.parent", reference(id -> {
					Locality parent = localities.byIds(List.of(id)).get(id);
					return parent == null ? null : parent.getNames().current();
				})), field("validFrom", "localities.validFrom", day()), field("validTo", "localities.validTo", day()),
				SOURCE));
	}

}
