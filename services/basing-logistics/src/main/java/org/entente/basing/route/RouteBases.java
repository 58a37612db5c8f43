package org.entente.basing.route;

import java.util.Optional;

/** What a route needs to know of the basing agreement whose site it runs through (kept by the directory). */
public interface RouteBases {

    Optional<Base> viaBase(String agreementId);

    /** @param ended revoked or closed: the site is no longer the coalition's to route through */
    record Base(String agreementId, String coalitionId, String site, boolean ended) {
    }
}
