package org.entente.roe.view;

import org.entente.roe.profile.MeasureStatus;
import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.Effect;
import org.entente.roe.reference.MeasureSeries;

import java.util.List;

/**
 * A measure in a profile, with every step it went through.
 *
 * @param narrows     for a prohibition, the permissions it narrows (from the compendium)
 * @param endedReason the cancellation's reason or the closure's cause
 */
public record MeasureState(String requestId, String measureCode, MeasureSeries series, Effect effect, String title,
                           BaseActivity activity, List<String> narrows, String parameter, String nation,
                           String commander, MeasureStatus status, Step requested, Step authorised, Step implemented,
                           Step ended, String endedReason) {
}
