package org.sepyarn.runner.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads and writes the plan, attempt reports and runner messages as JSON. */
public final class PlanCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper COMPACT = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

  private PlanCodec() {
  }

  public static void writePlan(Plan plan, OutputStream out) throws IOException {
    MAPPER.writeValue(out, plan);
  }

  public static Plan readPlan(InputStream in) throws IOException {
    return MAPPER.readValue(in, Plan.class);
  }

  public static byte[] writeReport(AttemptReport report) throws IOException {
    return MAPPER.writeValueAsBytes(report);
  }

  public static byte[] write(Object value) throws IOException {
    return MAPPER.writeValueAsBytes(value);
  }

  /** {@code value} as JSON without indentation, for files only programs read. */
  public static byte[] writeCompact(Object value) throws IOException {
    return COMPACT.writeValueAsBytes(value);
  }

  public static <T> T read(byte[] json, Class<T> type) throws IOException {
    return MAPPER.readValue(json, type);
  }

  public static AttemptReport readReport(InputStream in) throws IOException {
    return MAPPER.readValue(in, AttemptReport.class);
  }
}
