package vn.hoptac.monitoring.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class MonitoringExports {

	@Bean
	RecordExport<CooperationPlan> planExport() {
		return RecordExport.of(CooperationPlan.class, PlanResponse.class)
			.text("title", "plan.title")
			.number("yearFrom", "plan.yearFrom", "yearFrom")
			.number("yearTo", "plan.yearTo", "yearTo")
			.named("province", "plan.province", "locality", "localityId")
			.number("partnership", "export.column.partnershipId", "partnershipId")
			.text("description", "framework.description")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	@Bean
	RecordExport<ResultsFramework> frameworkExport() {
		return RecordExport.of(ResultsFramework.class, FrameworkResponse.class)
			.text("title", "framework.title")
			.text("scope", "framework.scope")
			.number("plan", "export.column.planId", "planId")
			.number("partnership", "export.column.partnershipId", "partnershipId")
			.number("project", "export.column.projectId", "projectId")
			.named("province", "plan.province", "locality", "localityId")
			.text("description", "framework.description")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	@Bean
	RecordExport<Indicator> indicatorExport() {
		return RecordExport.of(Indicator.class, IndicatorResponse.class)
			.text("title", "indicator.title")
			.number("framework", "export.column.frameworkId", "frameworkId")
			.text("measure", "indicator.measure")
			.text("ascending", "indicator.ascending")
			.text("unit", "indicator.unit")
			.number("baselineYear", "indicator.baselineYear", "baselineYear")
			.number("baseline", "indicator.baseline", "baselineValue")
			.text("baselineText", "export.column.baselineText", "baselineText")
			.text("baselineComment", "indicator.baselineComment")
			.text("description", "framework.description")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
