package vn.hoptac.demo.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hoptac.demo.DemoMode;

/** Every page says so when it runs in demo mode. */
@ControllerAdvice(annotations = Controller.class)
class DemoBanner {

	private final DemoMode demoMode;

	DemoBanner(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demoMode.isEnabled();
	}

}
