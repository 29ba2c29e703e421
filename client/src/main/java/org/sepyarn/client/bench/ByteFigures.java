package org.sepyarn.client.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes a job moved on the cluster file system, from the {@code "bytes"} object of its
 * {@code status.json}: {@code read}, {@code written}, {@code outputBytes}, and each phase's read
 * and written bytes together.
 *
 * @param read bytes read, all phases
 * @param written bytes written, all phases
 * @param outputBytes the bytes of the final outputs' data
 * @param phases bytes moved (read and written) by phase name, in the document's order
 */
public record ByteFigures(long read, long written, long outputBytes, Map<String, Long> phases) {
  public ByteFigures {
    phases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases));
  }

  /** The figures in a status document, or empty when it has no {@code "bytes"} object (an older ApplicationMaster). */
  public static Optional<ByteFigures> from(JsonNode status) {
    JsonNode bytes = status == null ? null : status.get("bytes");
    if (bytes == null || !bytes.isObject() || !bytes.has("read") || !bytes.has("written")) {
      return Optional.empty();
    }
    Map<String, Long> phases = new LinkedHashMap<>();
    JsonNode phaseNode = bytes.path("phases");
    for (Iterator<Map.Entry<String, JsonNode>> it = phaseNode.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      phases.put(e.getKey(), v.isNumber() ? v.asLong() : v.path("read").asLong() + v.path("written").asLong());
    }
    return Optional.of(new ByteFigures(bytes.path("read").asLong(), bytes.path("written").asLong(),
        bytes.path("outputBytes").asLong(), phases));
  }

  /** Bytes read and written on the cluster per byte of output; empty when there is no output to divide by. */
  public Optional<Double> movedPerOutputByte() {
    return outputBytes <= 0 ? Optional.empty() : Optional.of((double) (read + written) / outputBytes);
  }
}
