package org.sepyarn.am.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.merge.MergeRecord;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.OutputBytes;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.runner.iocount.IoCounter;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;

/**
 * The ledger adds runners' reports, earlier ApplicationMaster attempts and its own I/O. Its own
 * I/O is counted on a scheme nothing else in this test uses ({@code hdfs}), then on the raw local
 * file system where the test moves a known number of bytes.
 */
class ByteLedgerTest {
  private static final OutputMerge OUT = new OutputMerge(2, "hdfs://nn/data/out.H", "f2-out.H",
      OutputMerge.Kind.CONCATENATE, 3, null, null);

  @TempDir
  java.nio.file.Path dir;

  private static AttemptReport report(int task, int attempt, long fetchRead, long commitWritten) {
    PhaseBytes bytes = PhaseBytes.none().plus(PhaseBytes.FETCH, new ByteCount(fetchRead, 0))
        .plus(PhaseBytes.COMMIT, new ByteCount(0, commitWritten));
    return new AttemptReport(task, attempt, "n", "ok", 0, "m", "", 1, 2, bytes);
  }

  @Test
  void runnersReportsAddUpOncePerAttemptAndEveryPhaseIsListed() {
    ByteLedger ledger = new ByteLedger(IoCounter.forSchemes(Set.of("hdfs")), PhaseBytes.none());

    ledger.attemptEnded(report(0, 1, 1000, 1100));
    ledger.attemptEnded(report(1, 1, 2000, 2100));
    ledger.attemptEnded(report(1, 2, 2000, 0));
    ledger.attemptEnded(report(1, 1, 2000, 2100));
    JobBytes bytes = ledger.snapshot();

    assertEquals(new ByteCount(5000, 0), bytes.phases().phase(PhaseBytes.FETCH));
    assertEquals(new ByteCount(0, 3200), bytes.phases().phase(PhaseBytes.COMMIT));
    assertEquals(List.of("fetch", "commit", "merge", "am"), List.copyOf(bytes.phases().phases().keySet()));
    assertEquals(5000, bytes.read());
    assertEquals(3200, bytes.written());
  }

  @Test
  void earlierApplicationMasterAttemptsAndMergedOutputsAreIncluded() {
    PhaseBytes earlier = PhaseBytes.none().plus(PhaseBytes.AM, new ByteCount(10, 20))
        .plus(PhaseBytes.MERGE, new ByteCount(300, 400));
    ByteLedger ledger = new ByteLedger(IoCounter.forSchemes(Set.of("hdfs")), earlier);

    ledger.outputMerged(OUT, MergeRecord.streamed(OUT, 4096));
    JobBytes bytes = ledger.snapshot();

    assertEquals(new ByteCount(10, 20), bytes.phases().phase(PhaseBytes.AM));
    assertEquals(new ByteCount(300, 400), bytes.phases().phase(PhaseBytes.MERGE));
    assertEquals(List.of(new OutputBytes(2, "hdfs://nn/data/out.H",
        "concatenate along axis 3 (streamed by the ApplicationMaster)", 4096)), bytes.outputs());
    assertEquals(4096, bytes.outputBytes());
    assertEquals((310 + 420) / 4096.0, bytes.movedPerOutputByte(), 1e-12);
  }

  @Test
  void theMergeAndTheRestOfTheApplicationMastersOwnIoAreTwoPhases() throws IOException {
    FileSystem raw = FileSystem.getLocal(new Configuration()).getRawFileSystem();
    Path file = new Path(dir.resolve("piece").toUri());
    ByteLedger ledger = new ByteLedger(IoCounter.forSchemes(Set.of("file")), PhaseBytes.none());

    try (OutputStream out = raw.create(file, true)) {
      out.write(new byte[700]);
    }
    ledger.measureMerge(() -> {
      try (InputStream in = raw.open(file)) {
        in.readAllBytes();
      }
      try (OutputStream out = raw.create(new Path(dir.resolve("out").toUri()), true)) {
        out.write(new byte[500]);
      }
    });
    assertThrows(IOException.class, () -> ledger.measureMerge(() -> {
      try (OutputStream out = raw.create(new Path(dir.resolve("half").toUri()), true)) {
        out.write(new byte[50]);
      }
      throw new IOException("the merge failed half way");
    }));

    assertEquals(new ByteCount(700, 550), ledger.ownCounts().phase(PhaseBytes.MERGE));
    assertEquals(new ByteCount(0, 700), ledger.ownCounts().phase(PhaseBytes.AM));
  }

  @Test
  void statusJsonHasTheBytesObjectInTheDocumentedShape() throws IOException {
    ByteLedger ledger = new ByteLedger(IoCounter.forSchemes(Set.of("hdfs")), PhaseBytes.none());
    ledger.attemptEnded(report(0, 1, 1000, 1100));
    ledger.outputMerged(OUT, new MergeRecord("concatenated by the file system", 1000, 0));
    JobStatus status = new JobStatus("app", "job", "SUCCEEDED", 1, List.of(), null, 5, ledger.snapshot());

    String json = new String(StatusCodec.write(status), StandardCharsets.UTF_8).replaceAll("\\s", "");

    assertEquals(true, json.contains("\"bytes\":{\"read\":1000,\"written\":1100,\"phases\":{"
        + "\"fetch\":{\"read\":1000,\"written\":0},\"commit\":{\"read\":0,\"written\":1100},"
        + "\"merge\":{\"read\":0,\"written\":0},\"am\":{\"read\":0,\"written\":0}},"
        + "\"outputs\":[{\"file\":2,\"path\":\"hdfs://nn/data/out.H\",\"merge\":\"concatenatedbythefilesystem\","
        + "\"copied\":0}],\"outputBytes\":1000}"), json);
    assertEquals(status, StatusCodec.read(StatusCodec.write(status)));
  }

  @Test
  void aStatusWrittenBeforeBytesWereCountedReadsWithoutThem() throws IOException {
    String old = "{\"application\": \"app\", \"name\": \"job\", \"state\": \"RUNNING\", \"progress\": 0.5,"
        + " \"tasks\": [], \"updatedAt\": 7}";

    assertEquals(null, StatusCodec.read(old.getBytes(StandardCharsets.UTF_8)).bytes());
    assertEquals(Map.of(), PhaseBytes.none().phases());
  }
}
