package org.entente.membership.pledge;

/** An event about one pledge. */
public interface PledgeEvent {

    String pledgeId();
}
