package org.sepyarn.runner.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.PlanSettings;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * A checkpoint over {@link CheckpointLimit} never reaches the store, so the retry gets the last
 * one within the limit on a command line that fits; the heartbeater says why. The channel is never
 * called: the heartbeater is closed without being started, which reads the progress file once.
 */
class HeartbeaterCheckpointTest {
  @TempDir
  Path tmp;

  private FileSystem fs;
  private WorkLayout work;
  private CheckpointStore store;
  private File progress;

  @BeforeEach
  void setUp() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    work = new WorkLayout(new org.apache.hadoop.fs.Path(tmp.resolve("work").toUri()));
    store = new CheckpointStore(fs, work);
    progress = tmp.resolve(".sepyarn-progress").toFile();
  }

  private Heartbeater heartbeater() {
    return new Heartbeater(new AmChannelClient(fs, work, new byte[32]), store, "container_1", 4, 1, progress,
        () -> { });
  }

  private void append(String text) throws IOException {
    Files.writeString(progress.toPath(), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  @Test
  void aOneMegabyteCheckpointKeepsTheLastOneWithinTheLimitForTheRetry() throws IOException {
    append("progress=0.2 checkpoint=iteration=12\n");
    Heartbeater first = heartbeater();
    first.close();
    assertEquals(Optional.of("iteration=12"), store.load(4));
    assertNull(first.lastRejection());

    append("progress=0.3 checkpoint=\"" + "x".repeat(1 << 20) + "\"\n");
    Heartbeater second = heartbeater();
    second.close();

    assertEquals(Optional.of("iteration=12"), store.load(4));
    assertTrue(second.lastRejection().contains("limit of 16384 bytes"), second.lastRejection());
    List<String> retryArgs = new PlanSettings("job", 0, List.of("restart=yes"), "checkpoint", 5)
        .resumeArgs(store.load(4).orElseThrow());
    assertEquals(List.of("restart=yes", "checkpoint=iteration=12"), retryArgs);
  }

  @Test
  void aCheckpointFileOverTheLimitLeftInTheWorkFolderIsNotPassedToTheRetry() throws IOException {
    store.save(4, "y".repeat(CheckpointLimit.MAX_BYTES + 1));

    assertEquals(Optional.empty(), store.load(4));
  }
}
