package org.sepyarn.client.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A {@link BenchReport} as one JSON document: {@code dataset} (bytes, n1, n2, n3), {@code tasks},
 * {@code where}, {@code raw} (seconds of every copy, median, MB/s) and {@code jobs}, each with
 * {@code name}, {@code application}, {@code succeeded}, {@code seconds}, {@code mbPerSecond},
 * {@code timeRatio}, {@code bytes} (read, written, outputBytes, phases, movedPerOutputByte; null
 * when not known) and {@code phases} (seconds; absent ones null).
 */
public final class BenchJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchJson() {
  }

  public static String format(BenchReport r) throws JsonProcessingException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode dataset = root.putObject("dataset");
    dataset.put("bytes", r.shape().bytes());
    dataset.put("n1", r.shape().n1());
    dataset.put("n2", r.shape().n2());
    dataset.put("n3", r.shape().n3());
    root.put("tasks", r.tasks());
    root.put("where", r.where());
    ObjectNode raw = root.putObject("raw");
    r.rawSeconds().forEach(raw.putArray("seconds")::add);
    raw.put("medianSeconds", r.rawMedianSeconds());
    raw.put("mbPerSecond", r.megabytesPerSecond(r.rawMedianSeconds()));
    raw.put("movedPerOutputByte", BenchReport.RAW_MOVED_PER_BYTE);
    var jobs = root.putArray("jobs");
    for (Measurement m : r.jobs()) {
      ObjectNode job = jobs.addObject();
      job.put("name", m.name());
      job.put("application", m.application());
      job.put("succeeded", m.succeeded());
      job.put("seconds", m.seconds());
      job.put("mbPerSecond", r.megabytesPerSecond(m.seconds()));
      job.put("timeRatio", r.timeRatio(m.seconds()));
      putBytes(job, m.bytes());
      ObjectNode phases = job.putObject("phases");
      put(phases, "startup", m.phases().startup());
      put(phases, "scatter", m.phases().scatter());
      put(phases, "containerStart", m.phases().containerStart());
      put(phases, "runner", m.phases().runner());
      put(phases, "tasks", m.phases().tasks());
      put(phases, "merge", m.phases().merge());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void putBytes(ObjectNode job, Optional<ByteFigures> figures) {
    if (figures.isEmpty()) {
      job.putNull("bytes");
      return;
    }
    ByteFigures b = figures.get();
    ObjectNode bytes = job.putObject("bytes");
    bytes.put("read", b.read());
    bytes.put("written", b.written());
    bytes.put("outputBytes", b.outputBytes());
    ObjectNode phases = bytes.putObject("phases");
    b.phases().forEach(phases::put);
    put(bytes, "movedPerOutputByte", b.movedPerOutputByte());
  }

  private static void put(ObjectNode node, String name, Optional<Double> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }
}
