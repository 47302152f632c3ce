package vn.hoptac.reviews;

import java.time.LocalDate;

import vn.hoptac.shared.RecordRef;

/**
 * Why a partnership's health is what it is: a fact with its date and the record behind it.
 *
 * @param code what the fact is, labelled by message key {@code health.reason.<code>}
 * @param date its date, or null when the records do not give one
 * @param count how many records of the kind there are, where that means something, else null
 * @param record the record it rests on (the partnership itself for its status)
 * @param detail a value the label names (a review's conclusion), or null
 */
public record HealthReason(String code, LocalDate date, Long count, RecordRef record, String detail) {
}
