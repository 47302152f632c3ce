package vn.hoptac.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import vn.hoptac.shared.PageAttributes;

/** Hands a page's model to every {@link PageAttributes} once its handler has chosen a view to render. */
@Configuration(proxyBeanMethods = false)
class PageAttributesInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final List<PageAttributes> attributes;

	PageAttributesInterceptor(List<PageAttributes> attributes) {
		this.attributes = attributes;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null && rendersView(page)) {
			attributes.forEach(a -> a.addTo(page.getModel(), request));
		}
	}

	/** A redirect's model would become query parameters; a response body has no model at all. */
	private static boolean rendersView(ModelAndView page) {
		String name = page.getViewName();
		return name != null ? !name.startsWith("redirect:") && !name.startsWith("forward:")
				: page.getView() != null && !(page.getView() instanceof RedirectView);
	}

}
