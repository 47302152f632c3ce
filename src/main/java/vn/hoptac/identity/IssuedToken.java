package vn.hoptac.identity;

import java.io.Serializable;

/**
 * A personal access token as issued: the secret is shown this once and only its hash is stored with
 * the token. Serializable: the account page hands it to the next page as a flash attribute, which
 * the session keeps (in the database) until that page has shown it.
 */
public record IssuedToken(Long id, String name, String secret) implements Serializable {
}
