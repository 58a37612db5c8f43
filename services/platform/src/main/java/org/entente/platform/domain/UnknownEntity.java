package org.entente.platform.domain;

/** A command names a part of an aggregate (a pledge, a milestone...) that it does not have (answered 404). */
public class UnknownEntity extends RuntimeException {

    public UnknownEntity(String detail) {
        super(detail);
    }
}
