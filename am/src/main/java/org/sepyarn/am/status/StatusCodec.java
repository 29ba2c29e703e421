package org.sepyarn.am.status;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** {@link JobStatus} as JSON. Unknown fields are ignored so that older clients read newer files. */
public final class StatusCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private StatusCodec() {
  }

  public static byte[] write(JobStatus status) throws IOException {
    return MAPPER.writeValueAsBytes(status);
  }

  public static JobStatus read(byte[] json) throws IOException {
    return MAPPER.readValue(json, JobStatus.class);
  }
}
