/**
 * Small vocabulary every module speaks: text folding and Vietnamese collation, partial dates,
 * paging, and the exceptions the web layer turns into RFC 9457 problems.
 */
package vn.hoptac.shared;
