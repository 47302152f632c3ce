package vn.hoptac.sources.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hoptac.sources.Citations;

/** The table of source documents. */
@Controller
class SourcePageController {

	private final Citations citations;

	SourcePageController(Citations citations) {
		this.citations = citations;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("documents", citations.documents());
		return "sources/list";
	}

}
