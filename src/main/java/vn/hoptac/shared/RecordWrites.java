package vn.hoptac.shared;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The writes every kept record type makes alike, in one order: find the record (404), check the
 * writer's right on it (403) and the version the change is based on (409), load what the audit's
 * snapshot must see, change or remove it, and record the change. A service keeps its own rules: it
 * passes the step that validates and applies a draft. Call it inside the service's transaction.
 */
public final class RecordWrites<T extends KeptRecord> {

	private final String entity;

	private final JpaRepository<T, Long> repository;

	private final ChangeRecorder changes;

	private final Function<T, String> title;

	private final Consumer<T> details;

	/** Who may read and change the records: the registry's rule unless {@link #withRights} says otherwise. */
	private RecordRights rights = RecordRights.REGISTRY;

	private RecordWrites(String entity, JpaRepository<T, Long> repository, ChangeRecorder changes,
			Function<T, String> title, Consumer<T> details) {
		this.entity = entity;
		this.repository = repository;
		this.changes = changes;
		this.title = title;
		this.details = details;
	}

	/**
	 * The writes of one record type: {@code entity} names it in the audit and in errors, {@code title}
	 * summarises a record there, and {@code details} loads what its snapshot includes.
	 */
	public static <T extends KeptRecord> RecordWrites<T> of(String entity, JpaRepository<T, Long> repository,
			ChangeRecorder changes, Function<T, String> title, Consumer<T> details) {
		return new RecordWrites<>(entity, repository, changes, title, details);
	}

	/** The same writes under a record type's own rights (national records written by national roles). */
	public RecordWrites<T> withRights(RecordRights rights) {
		RecordWrites<T> writes = new RecordWrites<>(entity, repository, changes, title, details);
		writes.rights = rights;
		return writes;
	}

	/** The record, whoever asks (404 when there is none): for a service's own checks. */
	public T find(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException(entity, id));
	}

	/** The record with its details, if the current reader may see it (403 otherwise). */
	public T read(long id) {
		T record = find(id);
		rights.checkRead(record.getStewardship());
		details.accept(record);
		return record;
	}

	/** Saves the record the step builds (it validates the draft and sets the stewardship) and audits it. */
	public T create(Supplier<T> built) {
		rights.checkWriter();
		T saved = repository.save(built.get());
		changes.created(entity, saved.getId(), title.apply(saved), saved);
		return saved;
	}

	/** Applies the change (it validates the draft against the record as it is) and audits it. */
	public T update(long id, Long expectedVersion, Consumer<T> change) {
		T record = find(id);
		rights.checkWrite(record.getStewardship());
		changes.checkVersion(entity, id, expectedVersion, record);
		details.accept(record);
		String before = changes.snapshot(record);
		change.accept(record);
		repository.saveAndFlush(record);
		changes.updated(entity, id, title.apply(record), before, record);
		return record;
	}

	/**
	 * Deletes the record after the check (which throws when something still depends on it); the
	 * audit keeps it as it was.
	 */
	public void delete(long id, Long expectedVersion, Consumer<T> check) {
		T record = find(id);
		rights.checkDelete(record.getStewardship());
		changes.checkVersion(entity, id, expectedVersion, record);
		check.accept(record);
		details.accept(record);
		String before = changes.snapshot(record);
		repository.delete(record);
		repository.flush();
		changes.deleted(entity, id, title.apply(record), before);
	}

	/** {@link #delete(long, Long, Consumer)} of a record nothing depends on. */
	public void delete(long id, Long expectedVersion) {
		delete(id, expectedVersion, record -> {
		});
	}

}
