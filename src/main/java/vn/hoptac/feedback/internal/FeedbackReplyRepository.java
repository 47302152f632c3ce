package vn.hoptac.feedback.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.feedback.FeedbackReply;

public interface FeedbackReplyRepository extends JpaRepository<FeedbackReply, Long> {

	List<FeedbackReply> findByFeedbackIdOrderByRepliedAtAscIdAsc(Long feedbackId);

}
