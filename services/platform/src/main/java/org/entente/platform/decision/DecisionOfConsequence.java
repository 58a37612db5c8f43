package org.entente.platform.decision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command whose decision changes what a coalition is or may do (withdraw or suspend a member, dissolve, amend
 * the mandate, authorise ROE, revoke or suspend a basing agreement, veto a tasking). Asked over HTTP, it needs the
 * decision's {@code rationale} and {@code authority}: without either the request is refused (400 naming the field)
 * and records nothing, so that an auditor always finds why and on whose authority. A reaction's command names its
 * cause instead and is not checked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DecisionOfConsequence {
}
