package org.sepyarn.am.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** {@link JobView} as JSON for scripts: every field of the page, times in epoch milliseconds. */
public final class JobJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JobJson() {
  }

  public static byte[] write(JobView view) throws IOException {
    return MAPPER.writeValueAsBytes(view);
  }
}
