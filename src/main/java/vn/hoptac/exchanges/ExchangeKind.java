package vn.hoptac.exchanges;

/** What kind of exchange of people it is. */
public enum ExchangeKind {

	TRAINING_COURSE, STAFF_EXCHANGE, SCHOLARSHIP, STUDENTS, LECTURERS, VOLUNTEERS, INTERNSHIP, SCHOOL_EXCHANGE, OTHER

}
