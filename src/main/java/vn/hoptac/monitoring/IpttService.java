package vn.hoptac.monitoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The IPTT of a framework from three reads: the framework with its results, its indicators, their periods. */
@Service
@Transactional(readOnly = true)
public class IpttService {

	private final FrameworkService frameworks;

	private final IndicatorService indicators;

	IpttService(FrameworkService frameworks, IndicatorService indicators) {
		this.frameworks = frameworks;
		this.indicators = indicators;
	}

	public Iptt of(long frameworkId) {
		ResultsFramework framework = frameworks.get(frameworkId);
		return Iptt.of(framework, indicators.ofFramework(frameworkId));
	}

}
