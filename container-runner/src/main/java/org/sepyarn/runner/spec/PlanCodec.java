package org.sepyarn.runner.spec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Reads and writes the plan (every task's {@link TaskSpec}) and attempt reports as JSON. */
public final class PlanCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PlanCodec() {
  }

  public static void writePlan(List<TaskSpec> tasks, OutputStream out) throws IOException {
    MAPPER.writeValue(out, tasks);
  }

  public static List<TaskSpec> readPlan(InputStream in) throws IOException {
    return MAPPER.readValue(in, new TypeReference<List<TaskSpec>>() { });
  }

  public static byte[] writeReport(AttemptReport report) throws IOException {
    return MAPPER.writeValueAsBytes(report);
  }

  public static AttemptReport readReport(InputStream in) throws IOException {
    return MAPPER.readValue(in, AttemptReport.class);
  }
}
