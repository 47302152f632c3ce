package vn.hoptac.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An in-memory Lucene index of one record type that answers a list request — filters, free text,
 * order and exact total — without scanning the database, which then loads only the page's rows by
 * id. Built from the database before the application serves requests, kept current by every
 * {@link RecordChanged} of its entity: the entry is read inside the writing transaction and
 * applied once it commits, so a rolled-back write never shows. One index per running instance.
 */
public class RecordIndex<T extends Indexed> implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RecordIndex.class);

	private static final int CHUNK = 1000;

	/** The default order of every list (name, then id), in which the index keeps its records. */
	private static final Sort NAME_ORDER = new Sort(byText(IndexEntry.SORT_KEY, false), byNumber(IndexEntry.ID, false));

	private final String entity;

	private final Class<T> type;

	private final IndexedRepository<T> records;

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<String, SortField.Type> sortable = new ConcurrentHashMap<>();

	private final ScheduledExecutorService merger;

	private final AtomicBoolean mergeScheduled = new AtomicBoolean();

	public RecordIndex(String entity, Class<T> type, IndexedRepository<T> records, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		this.entity = entity;
		this.type = type;
		this.entityManager = entityManager;
		this.records = records;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.merger = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, entity + "-index-merge");
			thread.setDaemon(true);
			return thread;
		});
		IndexWriter opened = unchecked(() -> new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig()
			// kept in the default list order: a page by name finds its rows among the first hits
			.setIndexSort(NAME_ORDER)));
		this.writer = opened;
		this.searchers = unchecked(() -> new SearcherManager(opened, null));
	}

	@Override
	public void afterSingletonsInstantiated() {
		rebuild();
	}

	/** Reads every record again, e.g. after a bulk import that bypassed the services. */
	@EventListener(RecordsReplaced.class)
	public void rebuild() {
		long start = System.nanoTime();
		unchecked(writer::deleteAll);
		int count = 0;
		long lastId = Long.MIN_VALUE;
		List<IndexEntry> chunk;
		do {
			long after = lastId;
			chunk = readOnly.execute(status -> records.findByIdGreaterThanOrderByIdAsc(after, Limit.of(CHUNK))
				.stream()
				.map(Indexed::indexEntry)
				.toList());
			for (IndexEntry entry : chunk) {
				put(entry);
				lastId = entry.id();
			}
			count += chunk.size();
		}
		while (chunk.size() == CHUNK);
		merge();
		log.info("Indexed {} {} records in {} ms", count, entity, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Takes a write of this index's entity into account once its transaction commits. Runs before
	 * the commit, so the entry is read from the state the transaction writes.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void onChange(RecordChanged change) {
		if (!entity.equals(change.entity()) || change.entityId() == null) {
			return;
		}
		long id = change.entityId();
		Optional<IndexEntry> entry = RecordChanged.DELETED.equals(change.action()) ? Optional.empty()
				: records.findById(id).map(Indexed::indexEntry);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				entry.ifPresentOrElse(RecordIndex.this::put, () -> remove(id));
				refresh();
				scheduleMerge();
			}
		});
	}

	/** The requested page of matching records, loaded from the database by id. */
	public Page<T> page(ListFilter filter, Pageable pageable) {
		Page<Long> ids = find(filter, pageable);
		return new PageImpl<>(load(ids.getContent()), pageable, ids.getTotalElements());
	}

	/** The records of these ids that still exist, in the order of the ids. */
	public List<T> load(List<Long> ids) {
		// from the second-level cache where it holds them
		return entityManager.unwrap(Session.class).findMultiple(type, ids).stream().filter(Objects::nonNull).toList();
	}

	/** The ids of every matching record, in no particular order. */
	public List<Long> ids(ListFilter filter) {
		return searching(searcher -> {
			List<Long> ids = new ArrayList<>();
			searcher.search(filter.query(), new SimpleCollector() {

				private NumericDocValues values;

				@Override
				protected void doSetNextReader(LeafReaderContext context) throws IOException {
					values = DocValues.getNumeric(context.reader(), IndexEntry.ID);
				}

				@Override
				public void collect(int doc) throws IOException {
					if (values.advanceExact(doc)) {
						ids.add(values.longValue());
					}
				}

				@Override
				public ScoreMode scoreMode() {
					return ScoreMode.COMPLETE_NO_SCORES;
				}

			});
			return ids;
		});
	}

	/** The ids of the requested page, in the requested order (ties by id), and how many match. */
	public Page<Long> find(ListFilter filter, Pageable pageable) {
		int end = (int) Math.min(pageable.getOffset() + pageable.getPageSize(), Integer.MAX_VALUE);
		return searching(searcher -> {
			Sort sort = sort(pageable.getSort());
			if (sort.equals(NAME_ORDER) && searcher.getIndexReader().leaves().size() == 1) {
				// one segment is stored in this order: document numbers give it without reading keys
				sort = Sort.INDEXORDER;
			}
			// collection may stop once the page is full; the total is then counted apart, which
			// for a single term is the number of documents that have it
			Query query = filter.query();
			int wanted = Math.max(end, 1);
			TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, wanted));
			List<Long> ids = new ArrayList<>(pageable.getPageSize());
			ScoreDoc[] hits = top.scoreDocs;
			IdReader reader = new IdReader(searcher.getIndexReader().leaves());
			for (int i = (int) Math.min(pageable.getOffset(), hits.length); i < hits.length; i++) {
				ids.add(reader.idOf(hits[i].doc));
			}
			long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
					: searcher.count(query);
			return new PageImpl<>(ids, pageable, total);
		});
	}

	/**
	 * Reads the record ids of hits. Doc values only move forward, so one iterator serves a leaf's
	 * hits while they ascend, as they do in the default order; a new one is opened otherwise.
	 */
	private static final class IdReader {

		private final List<LeafReaderContext> leaves;

		private LeafReaderContext leaf;

		private NumericDocValues ids;

		IdReader(List<LeafReaderContext> leaves) {
			this.leaves = leaves;
		}

		long idOf(int doc) throws IOException {
			if (leaf == null || doc < leaf.docBase || doc >= leaf.docBase + leaf.reader().maxDoc()
					|| ids.docID() >= doc - leaf.docBase) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				ids = DocValues.getNumeric(leaf.reader(), IndexEntry.ID);
			}
			if (!ids.advanceExact(doc - leaf.docBase)) {
				throw new IllegalStateException("Index entry without id");
			}
			return ids.longValue();
		}

	}

	/**
	 * Folds the segments that writes added back into one, which lists read fastest; runs a second
	 * after the last write, in the background, since it rewrites the whole index.
	 */
	public void merge() {
		mergeScheduled.set(false);
		unchecked(() -> {
			writer.forceMerge(1);
			return null;
		});
		refresh();
	}

	private void scheduleMerge() {
		if (mergeScheduled.compareAndSet(false, true)) {
			merger.schedule(this::merge, 1, TimeUnit.SECONDS);
		}
	}

	private Sort sort(org.springframework.data.domain.Sort order) {
		List<SortField> fields = new ArrayList<>();
		for (org.springframework.data.domain.Sort.Order by : order) {
			if (!IndexEntry.ID.equals(by.getProperty())) {
				fields.add(sortField(by.getProperty(), by.isDescending()));
			}
		}
		fields.add(byNumber(IndexEntry.ID,
				order.getOrderFor(IndexEntry.ID) != null && order.getOrderFor(IndexEntry.ID).isDescending()));
		return new Sort(fields.toArray(SortField[]::new));
	}

	/** Records without the value come last in either direction. */
	private SortField sortField(String field, boolean descending) {
		return sortable.getOrDefault(field, SortField.Type.LONG) == SortField.Type.STRING ? byText(field, descending)
				: byNumber(field, descending);
	}

	private static SortField byText(String field, boolean descending) {
		SortField sortField = new SortField(field, SortField.Type.STRING, descending);
		sortField.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
		// the pruning would look the bottom key up in the compressed terms after every competitive hit
		sortField.setOptimizeSortWithIndexedData(false);
		return sortField;
	}

	private static SortField byNumber(String field, boolean descending) {
		SortField sortField = new SortField(field, SortField.Type.LONG, descending);
		sortField.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
		return sortField;
	}

	private void put(IndexEntry entry) {
		sortable.putAll(entry.sortable());
		unchecked(() -> writer.updateDocument(new Term(IndexEntry.KEY, IndexEntry.key(entry.id())), entry.document()));
	}

	private void remove(long id) {
		unchecked(() -> writer.deleteDocuments(new Term(IndexEntry.KEY, IndexEntry.key(id))));
	}

	private void refresh() {
		unchecked(() -> {
			searchers.maybeRefreshBlocking();
			return null;
		});
	}

	private <R> R searching(Search<R> search) {
		return unchecked(() -> {
			IndexSearcher searcher = searchers.acquire();
			try {
				return search.in(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		});
	}

	/** The index lives in memory: an I/O failure there is a defect, reported unchecked. */
	private static <R> R unchecked(IndexCall<R> call) {
		try {
			return call.call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface IndexCall<R> {

		R call() throws IOException;

	}

	private interface Search<R> {

		R in(IndexSearcher searcher) throws IOException;

	}

	@Override
	public void destroy() throws IOException {
		merger.shutdownNow();
		searchers.close();
		writer.close();
	}

}
