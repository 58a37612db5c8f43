package org.entente.platform.command;

import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a command is answered when it succeeds: a status, an optional Location and the ids a client needs. The version
 * is added once the command committed; it is the aggregate version, also sent as ETag.
 */
public record Answer(HttpStatus status, String location, Map<String, Object> ids) {

    public static Answer created(String location) {
        return new Answer(HttpStatus.CREATED, location, new LinkedHashMap<>());
    }

    public static Answer ok() {
        return new Answer(HttpStatus.OK, null, new LinkedHashMap<>());
    }

    public Answer with(String name, Object id) {
        Map<String, Object> more = new LinkedHashMap<>(ids);
        more.put(name, id);
        return new Answer(status, location, more);
    }
}
