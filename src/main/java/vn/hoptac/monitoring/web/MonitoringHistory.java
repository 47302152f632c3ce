package vn.hoptac.monitoring.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.flag;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.part;
import static vn.hoptac.shared.HistoryFields.parts;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.monitoring.FrameworkService;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.IndicatorService;
import vn.hoptac.monitoring.PlanService;
import vn.hoptac.monitoring.ResultLevel;
import vn.hoptac.monitoring.UpdateService;
import vn.hoptac.monitoring.UpdateStatus;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.HistoryFields.Field;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.sources.Citations;

/** How plans, frameworks, indicators and updates read in their History tab and in the audit log. */
@Configuration(proxyBeanMethods = false)
class MonitoringHistory {

	/** A baseline, target or actual: its number or text and how exact it is. */
	private static final HistoryFields.Shown VALUE = parts(part("number", text()), part("text", text()),
			part("qualifier", code(Qualifier.class)));

	@Bean
	HistoryFields planFields(Citations citations) {
		return new HistoryFields(PlanService.ENTITY, "title", List.of(field("title", "plan.title", text()),
				field("yearFrom", "plan.years", text()), field("yearTo", "plan.years", text()),
				field("objectives", "plan.objectives", listOf(text())),
				field("description", "framework.description", text()), citations.historyField(), VISIBILITY));
	}

	@Bean
	HistoryFields frameworkFields(Citations citations) {
		return new HistoryFields(FrameworkService.ENTITY, "title", List.of(field("title", "framework.title", text()),
				field("scope", "framework.scope", code(vn.hoptac.monitoring.FrameworkScope.class)),
				field("results", "framework.results",
						listOf(parts(part("level", code(ResultLevel.class)), part("title", text())))),
				field("description", "framework.description", text()), citations.historyField(), VISIBILITY));
	}

	@Bean
	HistoryFields indicatorFields(Citations citations) {
		List<Field> fields = List.of(field("title", "indicator.title", text()),
				field("measure", "indicator.measure", code(IndicatorMeasure.class)),
				field("ascending", "indicator.ascending", flag()), field("unit", "indicator.unit", text()),
				field("baselineYear", "indicator.baselineYear", text()), field("baseline", "indicator.baseline", VALUE),
				field("baselineComment", "indicator.baselineComment", text()),
				field("sdgIndicators", "indicator.sdg", listOf(text())),
				field("dimensions", "indicator.dimensions", listOf(text())),
				field("periods", "indicator.periods",
						listOf(parts(part("startOn", date("startPrecision")), part("endOn", date("endPrecision")), part("target", VALUE),
								part("actual", VALUE)))),
				field("description", "framework.description", text()), citations.historyField());
		return new HistoryFields(IndicatorService.ENTITY, "title", fields);
	}

	@Bean
	HistoryFields updateFields() {
		return new HistoryFields(UpdateService.ENTITY, "status", List.of(
				field("status", "update.status", code(UpdateStatus.class)),
				field("periodId", "update.period", text()), field("actual", "update.actual", VALUE),
				field("narrative", "update.narrative", text()), field("reviewComment", "update.comment", text()),
				field("evidence", "update.evidence", listOf(parts(part("url", text()), part("title", text())))),
				field("values", "update.values",
						listOf(parts(part("dimension", text()), part("category", text()), part("value", text()))))));
	}

}
