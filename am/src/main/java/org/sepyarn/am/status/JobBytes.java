package org.sepyarn.am.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;

/**
 * The bytes a job moved to and from the cluster file system, in {@code status.json} and
 * {@code /api/status}: its totals over all phases, each phase ({@code fetch}, {@code commit},
 * {@code merge}, {@code am}), each merged output, and the bytes of the final outputs' data.
 *
 * @param read bytes read, all phases together
 * @param written bytes written, all phases together
 * @param phases each phase's bytes
 * @param outputs each output merged so far, in order of file
 * @param outputBytes the bytes of the data of the outputs merged so far
 */
@JsonPropertyOrder({"read", "written", "phases", "outputs", "outputBytes"})
public record JobBytes(long read, long written, PhaseBytes phases, List<OutputBytes> outputs, long outputBytes) {
  public JobBytes {
    phases = phases == null ? PhaseBytes.none() : phases;
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
  }

  /** The totals of {@code phases}, with these outputs. */
  public static JobBytes of(PhaseBytes phases, List<OutputBytes> outputs, long outputBytes) {
    ByteCount total = phases.total();
    return new JobBytes(total.read(), total.written(), phases, outputs, outputBytes);
  }

  /** Bytes read and written per byte of output; 0 before any output is merged. */
  public double movedPerOutputByte() {
    return outputBytes == 0 ? 0 : (double) (read + written) / outputBytes;
  }
}
