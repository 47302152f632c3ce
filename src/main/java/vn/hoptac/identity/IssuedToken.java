package vn.hoptac.identity;

/** A personal access token as issued: the secret is shown this once and never stored. */
public record IssuedToken(Long id, String name, String secret) {
}
