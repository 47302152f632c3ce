/**
 * The legal and policy documents local foreign affairs rests on (văn bản pháp luật và chính sách):
 * Party resolutions, laws, decrees, circulars, MOFA's decisions and letters, and foreign governments'
 * policies, each with its number, issuer, dates at their precision, key provisions, the document
 * that supersedes it and its source. National records: national analysts and administrators write
 * them, every signed-in reader reads them, anonymous visitors the public ones.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "sources", "shared" })
package vn.hoptac.policies;
