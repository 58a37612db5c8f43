package org.entente.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a command endpoint: any of the {@link #value() roles}. Every handler of an Entente controller carries
 * this or {@link Reads}; one with neither is refused (fail closed), and the architecture tests fail the build.
 * Rules that need the record's state (whose pledge, whose force) are the domain's, see
 * {@link org.entente.platform.decision.ActorAuthority}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {

    /** The roles, any one of which allows the call ({@link org.entente.platform.decision.Roles}). */
    String[] value();

    /**
     * For the coalition-authority role: the path variable that names the coalition; the token's coalitions must
     * include it. Empty when the path does not name the coalition (the domain checks the scope then).
     */
    String councilOf() default "";
}
