package org.sepyarn.client.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.segy.TraceHeaderField;

class ImportRequestTest {
  @TempDir
  Path dir;

  private final ImportRequest request = new ImportRequest(new Configuration());

  private String segy(int traces) throws IOException {
    Path file = dir.resolve("line.sgy");
    SmallSegy.write(file, traces, 8, 1);
    return file.toUri().toString();
  }

  private String dataset() {
    return dir.resolve("line.H").toUri().toString();
  }

  @Test
  void makesTheJobFromTheFileHeaders() throws Exception {
    SegyImportJob job = request.job(segy(9), dataset(), "cdp, offset", 4);
    assertEquals(9, job.layout().traceCount());
    assertEquals(8, job.layout().samples());
    assertEquals(4, job.taskCount());
    assertEquals(List.of("cdp", "offset"), job.fields().stream().map(TraceHeaderField::key).toList());
    assertEquals(1, request.job(segy(9), dataset(), null, 0).taskCount(), "a small file takes one task by default");
    assertEquals(TraceHeaderField.values().length, request.job(segy(9), dataset(), null, 0).fields().size());
  }

  @Test
  void refusesAFileThatIsNotSegy() throws Exception {
    Path text = dir.resolve("notes.sgy");
    Files.writeString(text, "x".repeat(5000));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> request.job(text.toUri().toString(), dataset(), null, 2));
    assertTrue(e.getMessage().contains(text.getFileName().toString()), e.getMessage());
    Path small = dir.resolve("tiny.sgy");
    Files.writeString(small, "hello");
    e = assertThrows(InvalidInputException.class, () -> request.job(small.toUri().toString(), dataset(), null, 2));
    assertTrue(e.getMessage().contains("fewer than the 3600"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> request.job(dir.resolve("none.sgy").toUri().toString(),
        dataset(), null, 2));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void refusesAnyPartOfAnExistingDataset() throws Exception {
    String segy = segy(3);
    for (String part : List.of("line.H", "line.H@", "line.H@@", "line.H@@@")) {
      Path p = dir.resolve(part);
      Files.writeString(p, "x");
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> request.job(segy, dataset(), null, 1));
      assertTrue(e.getMessage().contains("exists already") && e.getMessage().contains(part), e.getMessage());
      Files.delete(p);
    }
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> request.job(segy, dir.resolve("missing/line.H").toUri().toString(), null, 1));
    assertTrue(e.getMessage().contains("does not exist; create it first"), e.getMessage());
  }

  @Test
  void refusesUnknownOrRepeatedKeys() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImportRequest.fields("cdp,cmp_x,sx"));
    assertTrue(e.getMessage().contains("\"cmp_x\" is not") && e.getMessage().contains("tracl,tracr"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> ImportRequest.fields("sx,sx"));
    assertTrue(e.getMessage().contains("sx twice"), e.getMessage());
  }
}
