package vn.hoptac.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body: it also accepts, and ignores, every field of the response named here that it
 * does not declare itself (ids, display names, computed values), so that a client can PUT back
 * what it got from GET. Any other unknown field is still refused.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsFieldsOf {

	Class<?> value();

}
