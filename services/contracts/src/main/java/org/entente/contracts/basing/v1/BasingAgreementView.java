package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/**
 * The agreement's full current view, which every basing-agreement event begins with: a consumer that keeps where each
 * agreement stands takes it from any of them.
 */
public interface BasingAgreementView {

    String agreementId();

    String coalitionId();

    String hostNation();

    String site();

    String status();

    List<String> permittedActivities();

    Instant validUntil();

    Instant validFrom();
}
