package vn.hoptac.demo.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.hoptac.demo.DemoMode;
import vn.hoptac.shared.PageAttributes;

/** Every page says so when it runs in demo mode. */
@Component
class DemoBanner implements PageAttributes {

	private final DemoMode demoMode;

	DemoBanner(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put("demoMode", demoMode.isEnabled());
	}

}
