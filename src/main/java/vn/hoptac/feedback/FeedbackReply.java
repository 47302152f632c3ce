package vn.hoptac.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff reply to feedback: its text, who wrote it and when. */
@Entity
@Table(name = "feedback_reply")
public class FeedbackReply {

	public static final int TEXT_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long feedbackId;

	@Column(name = "reply_text", length = TEXT_LENGTH)
	private String text;

	private String author;

	private Instant repliedAt;

	protected FeedbackReply() {
	}

	FeedbackReply(Long feedbackId, String text, String author, Instant repliedAt) {
		this.feedbackId = feedbackId;
		this.text = text;
		this.author = author;
		this.repliedAt = repliedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getFeedbackId() {
		return feedbackId;
	}

	public String getText() {
		return text;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getRepliedAt() {
		return repliedAt;
	}

}
