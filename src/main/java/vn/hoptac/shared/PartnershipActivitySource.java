package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module knows of a partnership's life (its agreements' actions, delegations, projects,
 * exchanges, reviews), so that a partnership's health depends on no record module: each module
 * declares a bean, the health asks them all. Evaluated under the current actor's access, like
 * {@link ReminderSource}: a signal comes only from records the actor may read.
 */
public interface PartnershipActivitySource {

	/**
	 * The latest dated signals of the partnerships in scope (at most one per partnership and kind),
	 * on or before {@code today}; one grouped query per kind over the whole scope, so a province's
	 * or the nation's partnerships are answered at once.
	 * @param depth whether the count and the record are read too (they cost the database every row
	 *        again), or only what a health state rests on
	 */
	List<PartnershipSignal> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth);

}
