package vn.hoptac.monitoring.web;

import java.util.function.UnaryOperator;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.monitoring.FrameworkScope;
import vn.hoptac.monitoring.FrameworkService;
import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.IndicatorService;
import vn.hoptac.monitoring.PlanQuery;
import vn.hoptac.monitoring.PlanService;
import vn.hoptac.monitoring.ResultLevel;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.ProjectQuery;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.FormOptions;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.Visibility;

/**
 * The forms that create and change plans, frameworks and indicators: through the services the API
 * uses (same rules, same messages, next to their fields), audited there, a stale version refused.
 * An indicator is added from its framework's page, to one of the framework's results.
 */
@Controller
class MonitoringForms extends RecordPages {

	/** How many plans and projects a form offers to attach a framework to. */
	private static final int CHOICES = 200;

	private final PlanService plans;

	private final FrameworkService frameworks;

	private final IndicatorService indicators;

	private final PartnershipService partnerships;

	private final ProjectService projects;

	private final PartyDirectory parties;

	MonitoringForms(PlanService plans, FrameworkService frameworks, IndicatorService indicators,
			PartnershipService partnerships, ProjectService projects, PartyDirectory parties) {
		this.plans = plans;
		this.frameworks = frameworks;
		this.indicators = indicators;
		this.partnerships = partnerships;
		this.projects = projects;
		this.parties = parties;
	}

	// ---- plans

	@GetMapping("/plans/new")
	String newPlan(Model model) {
		Access.checkWriter();
		return planForm(PlanForm.blank(), null, model);
	}

	@PostMapping("/plans")
	String createPlan(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect,
				() -> "redirect:/plans/" + plans.create(form.toDraft()).getId(), () -> plans.check(form.toDraft()),
				UnaryOperator.identity());
		return next != null ? next : planForm(form, null, model);
	}

	@GetMapping("/plans/{id}/edit")
	String editPlan(@PathVariable long id, Model model) {
		CooperationPlan plan = plans.get(id);
		Access.checkWrite(plan.getStewardship());
		return planForm(PlanForm.of(plan), plan, model);
	}

	@PostMapping("/plans/{id}/edit")
	String updatePlan(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect, () -> {
			plans.update(id, form.toDraft(), form.getVersion());
			return "redirect:/plans/" + id;
		}, () -> plans.check(form.toDraft()), UnaryOperator.identity());
		return next != null ? next : planForm(form, plans.get(id), model);
	}

	private String planForm(PlanForm form, CooperationPlan existing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("plan", existing);
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		model.addAttribute("provinceOptions", parties.currentProvinces());
		model.addAttribute("visibilityOptions", Visibility.values());
		return "monitoring/plan-form";
	}

	// ---- frameworks

	@GetMapping("/frameworks/new")
	String newFramework(Model model) {
		Access.checkWriter();
		return frameworkForm(FrameworkForm.blank(), null, model);
	}

	@PostMapping("/frameworks")
	String createFramework(@Valid @ModelAttribute("form") FrameworkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect,
				() -> "redirect:/frameworks/" + frameworks.create(form.toDraft()).getId(),
				() -> frameworks.check(form.toDraft()), UnaryOperator.identity());
		return next != null ? next : frameworkForm(form, null, model);
	}

	@GetMapping("/frameworks/{id}/edit")
	String editFramework(@PathVariable long id, Model model) {
		ResultsFramework framework = frameworks.get(id);
		Access.checkWrite(framework.getStewardship());
		return frameworkForm(FrameworkForm.of(framework), framework, model);
	}

	@PostMapping("/frameworks/{id}/edit")
	String updateFramework(@PathVariable long id, @Valid @ModelAttribute("form") FrameworkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect, () -> {
			frameworks.update(id, form.toDraft(), form.getVersion());
			return "redirect:/frameworks/" + id;
		}, () -> frameworks.check(id, form.toDraft()), UnaryOperator.identity());
		return next != null ? next : frameworkForm(form, frameworks.get(id), model);
	}

	private String frameworkForm(FrameworkForm form, ResultsFramework existing, Model model) {
		PageRequest first = PageRequest.of(0, CHOICES, Sort.by("sortKey"));
		model.addAttribute("form", form);
		model.addAttribute("framework", existing);
		model.addAttribute("scopeOptions", FrameworkScope.values());
		model.addAttribute("levelOptions", ResultLevel.values());
		model.addAttribute("planOptions", FormOptions.including(
				plans.search(new PlanQuery(null, null, null), first).getContent(), form.getPlanId(), plans::findReadable));
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		model.addAttribute("projectOptions", FormOptions.including(projects
			.search(new ProjectQuery(null, null, null, null, null, null, null, null, null, null, null, null), first)
			.getContent(), form.getProjectId(), projects::findReadable));
		model.addAttribute("provinceOptions", parties.currentProvinces());
		model.addAttribute("visibilityOptions", Visibility.values());
		return "monitoring/framework-form";
	}

	// ---- indicators

	@GetMapping("/frameworks/{frameworkId}/indicators/new")
	String newIndicator(@PathVariable long frameworkId, Model model) {
		ResultsFramework framework = frameworks.get(frameworkId);
		Access.checkWrite(framework.getStewardship());
		return indicatorForm(IndicatorForm.blank(), framework, null, model);
	}

	@PostMapping("/frameworks/{frameworkId}/indicators")
	String createIndicator(@PathVariable long frameworkId, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect,
				() -> "redirect:/indicators/" + indicators.create(frameworkId, form.toDraft()).getId(),
				() -> indicators.check(frameworkId, form.toDraft()), IndicatorForm::onFormFields);
		return next != null ? next : indicatorForm(form, frameworks.get(frameworkId), null, model);
	}

	@GetMapping("/indicators/{id}/edit")
	String editIndicator(@PathVariable long id, Model model) {
		Indicator indicator = indicators.get(id);
		Access.checkWrite(indicator.getStewardship());
		return indicatorForm(IndicatorForm.of(indicator), frameworks.get(indicator.getFrameworkId()), indicator, model);
	}

	@PostMapping("/indicators/{id}/edit")
	String updateIndicator(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Indicator indicator = indicators.get(id);
		String next = FormErrors.saveRows(form, result, redirect, () -> {
			indicators.update(id, form.toDraft(), form.getVersion());
			return "redirect:/indicators/" + id;
		}, () -> indicators.check(id, form.toDraft()), IndicatorForm::onFormFields);
		return next != null ? next : indicatorForm(form, frameworks.get(indicator.getFrameworkId()), indicator, model);
	}

	private String indicatorForm(IndicatorForm form, ResultsFramework framework, Indicator existing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("framework", framework);
		model.addAttribute("indicator", existing);
		model.addAttribute("measureOptions", IndicatorMeasure.values());
		return "monitoring/indicator-form";
	}

}
