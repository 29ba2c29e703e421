package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResumedTest {
  @Test
  void theTakenOverTasksAreListedAsRanges() {
    Resumed resumed = Resumed.of("application_1_0001", List.of(57, 0, 1, 2, 3, 60, 61, 62));

    assertEquals(new Resumed("application_1_0001", 8, "0-3, 57, 60-62"), resumed);
  }

  @Test
  void manyRangesAreCutShort() {
    Resumed resumed = Resumed.of("a", IntStream.range(0, 200).map(i -> 2 * i).boxed().collect(Collectors.toList()));

    assertEquals(200, resumed.taskCount());
    assertTrue(resumed.tasks().endsWith(", 78, \u2026"), resumed.tasks());
  }

  @Test
  void noTaskTakenOverIsAnEmptyList() {
    assertEquals("", Resumed.of("a", List.of()).tasks());
  }

  @Test
  void statusJsonKeepsTheResumedRunAndTheEstimateAndStatusTxtSaysThem() throws Exception {
    JobStatus status = new JobStatus("application_1_0002", "j", "RUNNING", 0.5,
        List.of(new TaskStatus(0, "SUCCEEDED", 1, 0, "n:1", "c", 1L, 1, "SUCCEEDED")), null, 1L)
        .withTimeLeftAndResumed(60_000L, Resumed.of("application_1_0001", List.of(0)));

    JobStatus read = StatusCodec.read(StatusCodec.write(status));

    assertEquals(status.resumed(), read.resumed());
    assertEquals(60_000L, read.timeLeftMillis());
    assertTrue(StatusText.render(read).contains("# resumed application_1_0001: took over 1 finished task (0)\n"),
        StatusText.render(read));
  }

  @Test
  void aStatusWrittenBeforeHasNeither() throws Exception {
    JobStatus read = StatusCodec.read("{\"application\":\"a\",\"name\":\"j\",\"state\":\"RUNNING\",\"progress\":0.5,\"tasks\":[],\"updatedAt\":1}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertEquals(null, read.resumed());
    assertEquals(null, read.timeLeftMillis());
  }
}
