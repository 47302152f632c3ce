package vn.hoptac.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One result of a framework's chain; indicators measure it. */
@Entity
@Table(name = "framework_result")
public class FrameworkResult {

	public static final int TITLE_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ResultLevel level;

	@Column(length = TITLE_LENGTH)
	private String title;

	protected FrameworkResult() {
	}

	FrameworkResult(ResultLevel level, String title) {
		apply(level, title);
	}

	void apply(ResultLevel level, String title) {
		this.level = level;
		this.title = title.trim();
	}

	public Long getId() {
		return id;
	}

	public ResultLevel getLevel() {
		return level;
	}

	public String getTitle() {
		return title;
	}

}
