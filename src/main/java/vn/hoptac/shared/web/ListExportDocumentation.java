package vn.hoptac.shared.web;

import java.util.List;

import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Documents the {@code format} parameter and the file responses of every API list. */
@Configuration(proxyBeanMethods = false)
class ListExportDocumentation {

	@Bean
	OperationCustomizer listFormats() {
		return (operation, handler) -> {
			if (!ListExportConfiguration.isList(handler.getMethod(), handler.getBeanType())) {
				return operation;
			}
			operation.addParametersItem(new Parameter().in("query")
				.name("format")
				.required(false)
				.description("json (default): one page; csv or xlsx: every matching row (same filters, order and "
						+ "access), streamed as a file, with a first line naming the filters and labels in the "
						+ "request's language (lang or Accept-Language)")
				.schema(new StringSchema()._enum(List.of("json", "csv", "xlsx"))._default("json")));
			ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
			if (ok != null && ok.getContent() != null) {
				ok.getContent()
					.addMediaType("text/csv", new MediaType().schema(new StringSchema()))
					.addMediaType(ExportFormat.XLSX.contentType(), new MediaType().schema(new BinarySchema()));
			}
			return operation;
		};
	}

}
