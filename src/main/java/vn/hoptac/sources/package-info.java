/**
 * The documents records cite: a table of source documents (title, authors, year, kind, publisher,
 * public link) and {@code Citations}, which reads a record's source text
 * ("000_4cf7d0040496a9b3.txt §3.1, Bảng 1") as the document it names and a locator within it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.hoptac.sources;
