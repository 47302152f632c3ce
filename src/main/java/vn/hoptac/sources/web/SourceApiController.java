package vn.hoptac.sources.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.sources.Citations;
import vn.hoptac.sources.SourceDocumentResponse;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "The documents records cite")
class SourceApiController {

	private final Citations citations;

	SourceApiController(Citations citations) {
		this.citations = citations;
	}

	@GetMapping
	@Operation(summary = "Every source document")
	List<SourceDocumentResponse> list() {
		return citations.documents().stream().map(SourceDocumentResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A source document by its key, e.g. 000_4cf7d0040496a9b3")
	SourceDocumentResponse get(@PathVariable String id) {
		return SourceDocumentResponse.of(citations.document(id));
	}

}
