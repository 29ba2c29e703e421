package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseBytesTest {
  @Test
  void countsOfTheSamePhaseAddUpAndOtherPhasesStayApart() {
    PhaseBytes a = PhaseBytes.none().plus(PhaseBytes.FETCH, new ByteCount(100, 0))
        .plus(PhaseBytes.COMMIT, new ByteCount(5, 40));
    PhaseBytes b = PhaseBytes.none().plus(PhaseBytes.FETCH, new ByteCount(7, 1))
        .plus(PhaseBytes.MERGE, new ByteCount(3, 3));

    PhaseBytes sum = a.plus(b);

    assertEquals(new ByteCount(107, 1), sum.phase(PhaseBytes.FETCH));
    assertEquals(new ByteCount(5, 40), sum.phase(PhaseBytes.COMMIT));
    assertEquals(new ByteCount(3, 3), sum.phase(PhaseBytes.MERGE));
    assertEquals(ByteCount.NONE, sum.phase(PhaseBytes.AM));
    assertEquals(new ByteCount(115, 44), sum.total());
  }

  @Test
  void sinceIsTheDifferenceAndNeverNegative() {
    assertEquals(new ByteCount(10, 3), new ByteCount(15, 10).since(new ByteCount(5, 7)));
    assertEquals(new ByteCount(0, 3), new ByteCount(1, 10).since(new ByteCount(5, 7)));
    assertThrows(IllegalArgumentException.class, () -> new ByteCount(-1, 0));
  }

  @Test
  void aReportCarriesItsCountsAsAnObjectPerPhase() throws IOException {
    PhaseBytes bytes = PhaseBytes.of(Map.of(PhaseBytes.FETCH, new ByteCount(4096, 0)));
    AttemptReport report = new AttemptReport(1, 1, "n", "ok", 0, "fine", "", 1, 2, bytes);

    String json = new String(PlanCodec.writeReport(report), StandardCharsets.UTF_8);
    AttemptReport back = PlanCodec.read(json.getBytes(StandardCharsets.UTF_8), AttemptReport.class);

    assertEquals(bytes, back.bytes());
    assertEquals(report, back);
    assertEquals(true, json.replaceAll("\\s", "").contains("\"bytes\":{\"fetch\":{\"read\":4096,\"written\":0}}"), json);
  }

  @Test
  void aReportWrittenBeforeBytesWereCountedReadsAsNoBytes() throws IOException {
    String old = "{\"task\": 2, \"attempt\": 1, \"host\": \"n\", \"outcome\": \"ok\", \"programExitCode\": 0,"
        + " \"message\": \"m\", \"stderrTail\": \"\", \"startMillis\": 1, \"endMillis\": 2}";

    AttemptReport report = PlanCodec.read(old.getBytes(StandardCharsets.UTF_8), AttemptReport.class);

    assertEquals(PhaseBytes.none(), report.bytes());
    assertEquals(ByteCount.NONE, report.bytes().total());
  }
}
