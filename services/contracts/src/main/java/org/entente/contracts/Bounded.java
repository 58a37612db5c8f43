package org.entente.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bound of a text, or of a list, in a public contract record: what the publishing service accepts at most where
 * the value enters, and what every consumer must be able to store ({@link Bounds} names the values). Every text and
 * list component of a contract record carries one; a test checks that none is missing.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Bounded {

    /** Text: its length in characters; a list of text: each item's length. 0 for a list of non-text items. */
    int length() default 0;

    /** A list: how many items at most. 0 for a single value. */
    int items() default 0;
}
