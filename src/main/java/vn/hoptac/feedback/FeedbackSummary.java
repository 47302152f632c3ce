package vn.hoptac.feedback;

import java.util.Map;

/**
 * What a form's (or a project's or partnership's forms') feedback says in figures: how many, the
 * mean rating and how many gave each rating (1–5), how many were answered and the mean time from
 * submission to the first acknowledgement or reply.
 */
public record FeedbackSummary(long count, Double meanRating, Map<Integer, Long> distribution, long answered,
		Long meanResponseSeconds) {

	/** The mean response time in hours (one decimal), for people; null when nothing was answered. */
	public Double meanResponseHours() {
		return meanResponseSeconds == null ? null : Math.round(meanResponseSeconds / 360.0) / 10.0;
	}

}
