package vn.hoptac.feedback.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.feedback.FeedbackForm;

public interface FeedbackFormRepository extends JpaRepository<FeedbackForm, Long> {

}
