package vn.hoptac.shared;

import java.util.List;
import java.util.Optional;

/**
 * Projects as records of other modules name them (an event held under a project), for modules that
 * may not depend on the projects module: it implements this. Answered under the current reader's
 * access, like {@link PartnershipActivitySource}: a project the reader may not read is not found.
 */
public interface ProjectLookup {

	/** The project, as a reference, if it exists and the current reader may read it. */
	Optional<RecordRef> findReadable(long id);

	/**
	 * The projects a form offers to link a record to: the first by title that the reader may see,
	 * and the chosen one ({@link FormOptions}).
	 */
	List<RecordRef> formOptions(Long selected);

}
