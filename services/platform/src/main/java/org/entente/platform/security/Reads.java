package org.entente.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read endpoint. Current state: every Entente role. A decision history, a past view ({@code asOf} / {@code knownAt})
 * or a verification: every role but observer (dashboards read state and streams only).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Reads {

    /** True for histories and verifications: not for observers. */
    boolean history() default false;
}
