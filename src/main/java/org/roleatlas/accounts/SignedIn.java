package org.roleatlas.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller parameter that receives the signed-in member (from the web session or the API token), read fresh on
 * every request: a member suspended while signed in is refused at once.
 * <ul>
 *   <li>{@code @SignedIn Member member}: required. Nobody signed in: the web answers with the sign-in page, the API
 *       with 401, as Spring Security does for any protected address. Signed in but suspended: 403.</li>
 *   <li>{@code @SignedIn(required = false) Member member}: null when nobody active is signed in.</li>
 *   <li>{@code @SignedIn Optional<Member> viewer}: empty when nobody active is signed in.</li>
 * </ul>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SignedIn {

    boolean required() default true;
}
