package vn.hoptac.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.hoptac.shared.Languages;

/** The language switcher's links: this page, in each language. */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		for (var language : Languages.SUPPORTED) {
			links.put(language.getLanguage(), ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang", language.getLanguage())
				.build()
				.toUriString());
		}
		return links;
	}

}
