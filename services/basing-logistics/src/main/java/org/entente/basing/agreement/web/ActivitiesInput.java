package org.entente.basing.agreement.web;

import org.entente.basing.theatre.Activity;
import org.entente.platform.web.InvalidInput;

import java.util.HashSet;
import java.util.List;

/** Activities as a client lists them: each at most once. */
final class ActivitiesInput {

    private ActivitiesInput() {
    }

    static List<Activity> distinct(List<Activity> activities, String field) {
        if (new HashSet<>(activities).size() != activities.size()) {
            throw new InvalidInput(field, "must be distinct");
        }
        return List.copyOf(activities);
    }
}
