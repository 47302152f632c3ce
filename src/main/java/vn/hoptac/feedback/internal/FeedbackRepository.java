package vn.hoptac.feedback.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.feedback.Feedback;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

	/** Which of these survey uuids the form already holds (an import skips them). */
	@Query("select f.externalUuid from Feedback f where f.formId = :formId and f.externalUuid in :uuids")
	List<String> knownUuids(Long formId, Collection<String> uuids);

	/** Rows of (rating, count) of the forms' feedback. */
	@Query("select f.rating, count(f) from Feedback f where f.formId in :formIds group by f.rating")
	List<Object[]> ratingCounts(Collection<Long> formIds);

	/** One row: how many of the forms' feedback were answered, and their mean response time in seconds. */
	@Query("select count(f.responseSeconds), avg(f.responseSeconds) from Feedback f where f.formId in :formIds")
	List<Object[]> responseTimes(Collection<Long> formIds);

}
