package vn.hoptac.delegations.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.audit.AuditService;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationPlanDraft;
import vn.hoptac.delegations.DelegationPlanItem;
import vn.hoptac.delegations.DelegationPlanService;
import vn.hoptac.delegations.PlanItemStatus;
import vn.hoptac.delegations.PlanKind;
import vn.hoptac.delegations.PlanStep;
import vn.hoptac.delegations.PlanStepDraft;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The pages of the plans of the provincial leaders' delegations: the list, a plan with its items
 * planned against held, the delegations outside it and its approval path (with the form to record a
 * step), its history, and one form to create and edit. Everything goes through
 * {@link DelegationPlanService}, as the API does.
 */
@Controller
@RequestMapping("/delegation-plans")
class DelegationPlanPageController extends RecordPages {

	private final DelegationPlanService plans;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	private final Deletions deletions;

	private final Clock clock;

	DelegationPlanPageController(DelegationPlanService plans, PartyDirectory parties, LocalityService localities,
			AuditService audit, Deletions deletions, Clock clock) {
		this.plans = plans;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
		this.deletions = deletions;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			HttpServletRequest request, Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		Page<DelegationPlan> found = plans.search(q, place, year,
				Paging.of(page, size, trimmed(sort), Map.of("year", "year")));
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		model.addAttribute("provinces", parties.load(found.getContent().stream().map(DelegationPlan::getVnLocalityId).toList(), List.of()));
		return "delegation-plans/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		StepForm step = new StepForm();
		step.setDate(LocalDate.now(clock).toString());
		return detail(plans.get(id), step, model);
	}

	@PostMapping("/{id}/steps")
	String recordStep(@PathVariable long id, @ModelAttribute("stepForm") StepForm step, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			var errors = new RuleViolationException.Collector();
			var date = PartialDates.parse(step.getDate(), "date", errors);
			errors.throwIfAny();
			plans.recordStep(id, new PlanStepDraft(step.getStep(), date, trimmed(step.getDocumentRef()),
					trimmed(step.getNote())));
			redirect.addFlashAttribute("stepRecorded", true);
			return "redirect:/delegation-plans/" + id + "#steps";
		}
		catch (RuleViolationException ex) {
			FormErrors.apply(ex, result);
		}
		return detail(plans.get(id), step, model);
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("plan", plans.get(id));
		model.addAttribute("events", audit.historyOf(DelegationPlanService.ENTITY, id));
		return "delegation-plans/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(DelegationPageController.WRITERS);
		Long province = Access.required().provinceId();
		return form(DelegationPlanForm.blank(province, LocalDate.now(clock).getYear() + 1), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DelegationPlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect,
				() -> "redirect:/delegation-plans/" + plans.create(draft(form)).getId(), () -> plans.check(draft(form)),
				DelegationPlanForm::onFormFields);
		return next != null ? next : form(form, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		DelegationPlan plan = plans.get(id);
		Access.checkWrite(plan.getStewardship());
		model.addAttribute("plan", plan);
		return form(DelegationPlanForm.of(plan), id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DelegationPlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect, () -> {
			plans.update(id, draft(form), form.getVersion());
			return "redirect:/delegation-plans/" + id;
		}, () -> plans.check(draft(form)), DelegationPlanForm::onFormFields);
		if (next != null) {
			return next;
		}
		model.addAttribute("plan", plans.get(id));
		return form(form, id, model);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		DelegationPlan plan = plans.get(id);
		Access.checkDelete(plan.getStewardship());
		return deletions.confirm(model, new Deletions.Confirmation("delegationPlan.delete.heading", plan.getTitle(),
				"/delegation-plans/" + id + "/delete", "/delegation-plans/" + id, plan.getVersion()));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		DelegationPlan plan = plans.get(id);
		return deletions.delete(() -> plans.delete(id, version), plan.getTitle(), "/delegation-plans",
				"/delegation-plans/" + id, redirect);
	}

	private String detail(DelegationPlan plan, StepForm step, Model model) {
		Map<Long, List<Delegation>> realised = plans.realised(plan);
		model.addAttribute("plan", plan);
		model.addAttribute("realised", realised);
		model.addAttribute("unplanned", plans.unplanned(plan));
		List<Long> localityIds = new ArrayList<>(List.of(plan.getVnLocalityId()));
		plan.getItems().stream().map(DelegationPlanItem::getForeignLocalityId).forEach(localityIds::add);
		model.addAttribute("parties", parties.load(localityIds,
				plan.getItems().stream().map(DelegationPlanItem::getForeignOrganisationId).toList()));
		model.addAttribute("canEdit", Access.canWrite(Access.current().orElse(null), plan.getStewardship()));
		model.addAttribute("canDelete", Access.canDelete(Access.current().orElse(null), plan.getStewardship()));
		model.addAttribute("stepForm", step);
		model.addAttribute("stepOptions", PlanStep.values());
		return "delegation-plans/detail";
	}

	private String form(DelegationPlanForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("provinceOptions", parties.currentProvinces());
		model.addAttribute("kindOptions", PlanKind.values());
		model.addAttribute("directionOptions", DelegationDirection.values());
		model.addAttribute("itemStatusOptions", PlanItemStatus.values());
		model.addAttribute("visibilityOptions", Visibility.values());
		List<String> keys = form.getItems().stream().map(DelegationPlanForm.ItemRow::getForeignParty).toList();
		List<PartyDirectory.Selection> chosen = keys.stream()
			.map(k -> PartyDirectory.Selection.parse(k).orElse(PartyDirectory.Selection.NONE))
			.toList();
		model.addAttribute("itemParties",
				parties.loadReadable(chosen.stream().map(PartyDirectory.Selection::localityId).toList(),
						chosen.stream().map(PartyDirectory.Selection::organisationId).toList()));
		return "delegation-plans/form";
	}

	private DelegationPlanDraft draft(DelegationPlanForm form) {
		return form.toDraft(code -> localities.findByCode(code).map(Locality::getId), plans::check);
	}

	/** The form recording a step of the path. */
	public static class StepForm {

		private PlanStep step;

		private String date;

		private String documentRef;

		private String note;

		public PlanStep getStep() {
			return step;
		}

		public void setStep(PlanStep step) {
			this.step = step;
		}

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		public String getDocumentRef() {
			return documentRef;
		}

		public void setDocumentRef(String documentRef) {
			this.documentRef = documentRef;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
