package org.sepyarn.client.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final BenchShape SHAPE = new BenchShape(1000, 100, 50); // 20,000,000 bytes

  private static Measurement job(String name, double seconds, Optional<ByteFigures> bytes) {
    return new Measurement(name, "application_1_0001", true, seconds, bytes,
        new PhaseTimes(Optional.of(1.5), Optional.empty(), Optional.of(0.5), Optional.of(2.0), Optional.of(3.0), Optional.empty()));
  }

  private static BenchReport report() {
    ByteFigures bytes = new ByteFigures(40_000_000, 40_000_000, 20_000_000, Map.of("fetch", 20_000_000L));
    return new BenchReport(SHAPE, 4, "embedded", List.of(0.4, 0.2, 0.3, 0.5, 0.1),
        List.of(job("split axis 3", 6.0, Optional.of(bytes)), job("copy-sum", 12.0, Optional.empty())));
  }

  @Test
  void ratiosAreToTheMedianRawCopy() {
    BenchReport r = report();
    assertEquals(0.3, r.rawMedianSeconds(), 1e-12);
    assertEquals(20.0, r.timeRatio(6.0), 1e-9);
    assertEquals(100.0, r.megabytesPerSecond(0.2), 1e-9);
    assertEquals(0.25, new BenchReport(SHAPE, 1, "x", List.of(0.1, 0.2, 0.3, 0.4), List.of()).rawMedianSeconds(),
        1e-12);
  }

  @Test
  void bytesMovedPerOutputByteComeFromTheStatusOrAreUnknown() {
    assertEquals(Optional.of(4.0), BenchReport.movedPerOutputByte(report().jobs().get(0)));
    assertEquals(Optional.empty(), BenchReport.movedPerOutputByte(report().jobs().get(1)));
  }

  @Test
  void theTableShowsEveryRowAndNaForWhatIsNotKnown() {
    String table = BenchTable.format(report());
    assertTrue(table.contains("20000000 bytes (1000 x 100 x 50 xdr floats), 4 tasks per job"), table);
    assertTrue(table.matches("(?s).*raw copy\\s+0\\.30\\s+66\\.7\\s+2\\.00\\s+1\\.00\\s+median of 5 \\(0\\.10 to 0\\.50"
        + " s\\).*"), table);
    assertTrue(table.matches("(?s).*split axis 3\\s+6\\.00\\s+3\\.3\\s+4\\.00\\s+20\\.0\\s+application_1_0001.*"), table);
    assertTrue(table.matches("(?s).*copy-sum\\s+12\\.00\\s+1\\.7\\s+n/a\\s+40\\.0.*"), table);
    assertTrue(table.matches("(?s).*split axis 3\\s+1\\.50\\s+-\\s+0\\.50\\s+2\\.00\\s+3\\.00\\s+n/a.*"), table);
  }

  @Test
  void theJsonDocumentHasTheSameFigures() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(BenchJson.format(report()));
    assertEquals(20_000_000, doc.path("dataset").path("bytes").asLong());
    assertEquals(0.3, doc.path("raw").path("medianSeconds").asDouble(), 1e-12);
    JsonNode first = doc.path("jobs").get(0);
    assertEquals(20.0, first.path("timeRatio").asDouble(), 1e-9);
    assertEquals(4.0, first.path("bytes").path("movedPerOutputByte").asDouble(), 1e-12);
    assertEquals(20_000_000, first.path("bytes").path("phases").path("fetch").asLong());
    assertTrue(doc.path("jobs").get(1).path("bytes").isNull());
    assertTrue(first.path("phases").path("merge").isNull());
  }
}
