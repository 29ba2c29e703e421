package org.sepyarn.client.bench;

import java.util.Optional;

/**
 * One measured way of moving the dataset.
 *
 * @param name what was measured, e.g. {@code split axis 3}
 * @param application the YARN application id of a job, or null for the raw copy
 * @param succeeded whether it finished (a failed job's figures mean little)
 * @param seconds wall-clock seconds, submission to end for a job
 * @param bytes cluster bytes moved, empty when not known
 * @param phases where a job's time went
 */
public record Measurement(String name, String application, boolean succeeded, double seconds,
    Optional<ByteFigures> bytes, PhaseTimes phases) {
}
