package vn.hoptac.shared;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The write endpoints every record type's API shares under its controller's path: create
 * ({@code POST}: 201 with the new record's address in {@code Location}), update
 * ({@code PUT /{id}} with the version read: a stale one is a 409) and delete
 * ({@code DELETE /{id}?version=}). Invalid input is the problem+json of {@code ApiProblemHandler},
 * naming each field. A controller keeps its lists and reads and says how a record reads; the
 * OpenAPI document names its operations after {@link #writes()}.
 *
 * @param <T> the record
 * @param <D> the draft its service validates and saves
 * @param <Q> the request body
 * @param <R> the record as the API shows it
 */
public abstract class RecordApi<T extends KeptRecord, D, Q extends RecordRequest<D>, R> {

	private final DraftService<T, D> service;

	private final ApiWrites writes;

	protected RecordApi(DraftService<T, D> service, ApiWrites writes) {
		this.service = service;
		this.writes = writes;
	}

	/** The record as the API shows it on its own (its detail). */
	protected abstract R detail(T record);

	/** The operation ids and summaries of these endpoints. */
	public ApiWrites writes() {
		return writes;
	}

	/** Saves a new record; a request that says more than its draft (a duplicate intended) overrides it. */
	protected T save(Q request) {
		return service.create(request.toDraft());
	}

	/** Saves an edit against the request's version; overridden together with {@link #save(RecordRequest)}. */
	protected T save(long id, Q request) {
		return service.update(id, request.toDraft(), request.version());
	}

	/**
	 * Answers with the record as saved, shown as its detail shows it: the write holds all the detail
	 * reads (nothing the database adds on insert is shown), so it is not read again.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public ResponseEntity<R> create(@Valid @RequestBody Q request) {
		T saved = save(request);
		return ApiResponses.created(saved.getId(), detail(saved));
	}

	@PutMapping("/{id}")
	public R update(@PathVariable long id, @Valid @RequestBody Q request) {
		return detail(save(id, request));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
		service.delete(id, version);
	}

}
