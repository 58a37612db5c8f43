package org.entente.platform.web;

/** The request names something this service does not have (404). */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
