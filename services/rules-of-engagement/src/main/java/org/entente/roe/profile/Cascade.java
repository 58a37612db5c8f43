package org.entente.roe.profile;

/**
 * A command sent in reaction to another service's event. It records nothing when there is nothing left to do
 * (a closed profile, no open request), so that a reaction never fails on a state an earlier event already reached.
 */
public interface Cascade {
}
