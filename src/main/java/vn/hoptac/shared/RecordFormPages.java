package vn.hoptac.shared;

import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The write pages every record type edited through one form shares, under its controller's path:
 * create ({@code POST}), the edit form and its save ({@code /{id}/edit}), and the delete step with
 * its confirmation ({@code /{id}/delete}). A controller keeps what is its own: the list, the detail,
 * the blank form, how a form becomes a draft and what the form page shows beside the form.
 *
 * @param <T> the record
 * @param <D> the draft its service validates and saves
 * @param <F> the page form
 */
public abstract class RecordFormPages<T extends KeptRecord, D, F extends VersionedForm & FormErrors.RowsForm>
		extends RecordPages {

	private final String path;

	private final String entity;

	private final DraftService<T, D> service;

	private final Deletions deletions;

	private final Function<T, String> title;

	private final UnaryOperator<RuleViolationException> onFormFields;

	/**
	 * @param path the controller's path ({@code /exchanges})
	 * @param entity the record type's message prefix ({@code exchange}: {@code exchange.delete.heading})
	 * @param title how a confirmation names a record
	 * @param onFormFields moves the service's violations onto the form's field names
	 */
	protected RecordFormPages(String path, String entity, DraftService<T, D> service, Deletions deletions,
			Function<T, String> title, UnaryOperator<RuleViolationException> onFormFields) {
		this.path = path;
		this.entity = entity;
		this.service = service;
		this.deletions = deletions;
		this.title = title;
		this.onFormFields = onFormFields;
	}

	/** For a controller that names a record itself ({@link #title(KeptRecord)}). */
	protected RecordFormPages(String path, String entity, DraftService<T, D> service, Deletions deletions,
			UnaryOperator<RuleViolationException> onFormFields) {
		this(path, entity, service, deletions, null, onFormFields);
	}

	/** How a confirmation and the notice after a delete name the record. */
	protected String title(T record) {
		return title.apply(record);
	}

	/** The form filled from a record, to edit it. */
	protected abstract F formOf(T record);

	/** The draft the form describes (the form's own checks report on its fields). */
	protected abstract D draft(F form);

	/** Shows the form; {@code existing} is null for a new record. */
	protected abstract String form(F form, T existing, Model model);

	/**
	 * Saves a new record from the form; a form that says more than its draft (a duplicate intended)
	 * overrides it, and may show what the service refused beside the form in {@code model}.
	 */
	protected T save(F form, Model model) {
		return service.create(draft(form));
	}

	/** Saves an edit against the form's version; overridden together with {@link #save(VersionedForm, Model)}. */
	protected void save(long id, F form, Model model) {
		service.update(id, draft(form), form.getVersion());
	}

	@PostMapping
	public String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect,
				() -> "redirect:" + path + "/" + save(form, model).getId(),
				() -> service.check(draft(form)), onFormFields);
		return next != null ? next : form(form, null, model);
	}

	@GetMapping("/{id}/edit")
	public String editForm(@PathVariable long id, Model model) {
		T record = service.get(id);
		service.checkEditable(record);
		return form(formOf(record), record, model);
	}

	@PostMapping("/{id}/edit")
	public String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect, () -> {
			save(id, form, model);
			return "redirect:" + path + "/" + id;
		}, () -> service.check(id, draft(form)), onFormFields);
		return next != null ? next : form(form, service.get(id), model);
	}

	@GetMapping("/{id}/delete")
	public String confirmDelete(@PathVariable long id, Model model) {
		T record = service.get(id);
		service.checkDeletable(record);
		return deletions.confirm(model, new Deletions.Confirmation(entity + ".delete.heading", title(record),
				path + "/" + id + "/delete", path + "/" + id, record.getVersion()));
	}

	@PostMapping("/{id}/delete")
	public String delete(@PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		T record = service.get(id);
		return deletions.delete(() -> service.delete(id, version), title(record), path, path + "/" + id,
				redirect);
	}

}
