package vn.hoptac.monitoring.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.monitoring.Evidence;
import vn.hoptac.monitoring.FrameworkService;
import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorService;
import vn.hoptac.monitoring.IndicatorUpdate;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.monitoring.UpdateDraft;
import vn.hoptac.monitoring.UpdateService;
import vn.hoptac.shared.DecimalInput;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.RuleViolationException;

/**
 * An indicator's page: baseline, periods with targets and approved actuals, its updates with the
 * step each is at and the actions the reader may take (submit; approve or return), and the form to
 * report an actual. The steps are the {@link UpdateService}'s, as in the API.
 */
@Controller
class IndicatorPages extends RecordPages {

	private final IndicatorService indicators;

	private final FrameworkService frameworks;

	private final UpdateService updates;

	private final MessageSource messages;

	IndicatorPages(IndicatorService indicators, FrameworkService frameworks, UpdateService updates,
			MessageSource messages) {
		this.indicators = indicators;
		this.frameworks = frameworks;
		this.updates = updates;
		this.messages = messages;
	}

	@GetMapping("/indicators/{id}")
	String detail(@PathVariable long id, Model model) {
		Indicator indicator = indicators.get(id);
		model.addAttribute("indicator", indicator);
		model.addAttribute("framework", frameworks.get(indicator.getFrameworkId()));
		List<IndicatorUpdate> reported = updates.ofIndicator(id);
		model.addAttribute("updates", reported);
		model.addAttribute("canReport", canEdit(indicator.getStewardship()));
		model.addAttribute("canDecide", !reported.isEmpty() && UpdateService.canDecide(reported.get(0)));
		model.addAttribute("qualifierOptions", Qualifier.values());
		return "monitoring/indicator";
	}

	/** Reports an actual as a draft; refused input comes back on the page with each field's message. */
	@PostMapping("/indicators/{id}/updates")
	String report(@PathVariable long id, @RequestParam(required = false) Long periodId,
			@RequestParam(required = false) String number, @RequestParam(required = false) String text,
			@RequestParam(required = false) Qualifier qualifier, @RequestParam(required = false) String narrative,
			@RequestParam(required = false) String evidenceUrl, @RequestParam(required = false) String evidenceTitle,
			Model model, RedirectAttributes redirect) {
		try {
			List<Evidence> evidence = evidenceUrl == null || evidenceUrl.isBlank() ? List.of()
					: List.of(new Evidence(evidenceUrl.trim(), FormFields.trimmed(evidenceTitle)));
			updates.create(id, new UpdateDraft(periodId, new MeasuredValue(number(number), text, qualifier),
					FormFields.trimmed(narrative), evidence, List.of()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/indicators/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problems", FormErrors.texts(ex, messages));
			return detail(id, model);
		}
	}

	@PostMapping("/indicator-updates/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		IndicatorUpdate update = updates.get(id);
		try {
			switch (step) {
				case "submit" -> updates.submit(id, version);
				case "approve" -> updates.approve(id, version, comment);
				case "return" -> updates.returnToReporter(id, version, comment);
				default -> throw new NotFoundException("step", id);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problems", FormErrors.texts(ex, messages));
		}
		return "redirect:/indicators/" + update.getIndicatorId();
	}

	/** A number as typed in the reader's language; what is not a number is left for the rules to name. */
	private static BigDecimal number(String typed) {
		try {
			return DecimalInput.Reading.parse(typed, LocaleContextHolder.getLocale());
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.of("actual", "validation.badValue", typed);
		}
	}

}
