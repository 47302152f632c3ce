package vn.hoptac.shared;

/**
 * One dated fact about a partnership: the latest record of a kind, how many records of that kind
 * there are, and the record itself, so that a reason of its health names what it rests on.
 *
 * @param partnershipId the partnership
 * @param kind what the records are
 * @param date the date of the latest one (a held delegation's start, an agreement action's date)
 * @param count how many records of the kind the partnership has (the reader may read)
 * @param record the latest record, its page and title
 * @param detail what the latest record says where the kind needs it (a review's conclusion), or null
 */
public record PartnershipSignal(long partnershipId, ActivityKind kind, java.time.LocalDate date, long count, RecordRef record,
		String detail) {
}
