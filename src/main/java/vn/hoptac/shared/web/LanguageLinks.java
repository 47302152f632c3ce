package vn.hoptac.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.hoptac.shared.PageAttributes;

/** The language switcher's links: this page, in each language, built only when the page renders one. */
@Component
class LanguageLinks implements PageAttributes {

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put("languageLinks", new Links(request));
	}

	/** {@code languageLinks.get('ko')}: the current page with {@code lang=ko}. */
	record Links(HttpServletRequest request) {

		public String get(String language) {
			return ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang", language)
				.build()
				.toUriString();
		}

	}

}
