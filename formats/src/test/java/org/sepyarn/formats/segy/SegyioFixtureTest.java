package org.sepyarn.formats.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.sep3d.HeaderReader;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.sep3d.TraceReader;

/**
 * A SEG-Y file another tool wrote: {@code segy/segyio-fixture.sgy}, made by Equinor's segyio with
 * {@code segy/make-segyio-fixture.py} (IBM floats, EBCDIC text), converted by
 * {@link SegyToSep3d}, against what segyio itself reads from the file
 * ({@code segy/segyio-fixture.json}): every sample's bits, every header field written, the binary
 * header and the text.
 */
class SegyioFixtureTest {
  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = new Configuration();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SegyioFixtureTest.class.getResourceAsStream("/segy/" + name)) {
      assertTrue(in != null, "test resource segy/" + name + " is missing");
      return in.readAllBytes();
    }
  }

  @Test
  void segyiosFileConvertsToTheSamplesAndKeysSegyioReadsFromIt() throws IOException {
    JsonNode expected = JsonMapper.builder().build().readTree(resource("segyio-fixture.json"));
    Files.write(tmp.resolve("fixture.sgy"), resource("segyio-fixture.sgy"));
    FileSystem fs = FileSystem.getLocal(conf);
    Path out = new Path(tmp.toUri().toString(), "fixture.H");
    new SegyToSep3d().convert(fs, new Path(tmp.toUri().toString(), "fixture.sgy"), out);
    Sep3dDataset ds = Sep3dDataset.open(fs, out);

    int traces = expected.get("traces").asInt();
    int samples = expected.get("samples").asInt();
    assertEquals(traces, ds.traceCount());
    assertEquals(samples, ds.traceAxis().n());
    assertEquals(expected.get("sampleIntervalMicros").asInt() / 1e6, ds.traceAxis().d(), 1e-12);

    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (TraceReader reader = new TraceReader(ds, conf)) {
      reader.copyTraces(LongStream.range(0, traces).toArray(), data);
    }
    ByteBuffer bits = ByteBuffer.wrap(data.toByteArray()).order(ds.traces().format().order());
    for (int t = 0; t < traces; t++) {
      for (int s = 0; s < samples; s++) {
        int want = expected.get("ieeeBits").get(t).get(s).asInt();
        final int trace = t;
        final int sample = s;
        assertEquals(want, bits.getInt(), () -> "trace " + trace + " sample " + sample);
      }
    }

    List<int[]> records = new ArrayList<>();
    try (HeaderReader reader = new HeaderReader(ds, conf)) {
      reader.scan((r, words, off) -> records.add(java.util.Arrays.copyOfRange(words, off, off + ds.keys().size())));
    }
    int checked = 0;
    for (int t = 0; t < traces; t++) {
      Iterator<Map.Entry<String, JsonNode>> fields = expected.get("headers").get(t).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        TraceHeaderField f = TraceHeaderField.byKey(field.getKey()).orElseThrow();
        assertEquals(field.getValue().get("byte").asInt(), f.position(), "segyio and sepyarn place " + f.key());
        int at = ds.keys().indexOf(f.key()).getAsInt();
        assertEquals(field.getValue().get("value").asInt(), records.get(t)[at], "trace " + t + " key " + f.key());
        checked++;
      }
    }
    assertEquals(traces * 21, checked);

    byte[] binary = SegyHistory.bytes(ds.traces().history(), SegyHistory.BINARY, BinaryHeaderField.BYTES)
        .orElseThrow();
    JsonNode bin = expected.get("binary");
    assertEquals(bin.get("jobid").asInt(), BinaryHeaderField.JOBID.get(binary));
    assertEquals(bin.get("lino").asInt(), BinaryHeaderField.LINO.get(binary));
    assertEquals(bin.get("hdt").asInt(), BinaryHeaderField.HDT.get(binary));
    assertEquals(bin.get("hns").asInt(), BinaryHeaderField.HNS.get(binary));
    assertEquals(bin.get("format").asInt(), BinaryHeaderField.FORMAT.get(binary));
    byte[] text = SegyHistory.bytes(ds.traces().history(), SegyHistory.TEXT, TextualHeader.BYTES).orElseThrow();
    assertTrue(TextualHeader.isEbcdic(text));
    assertTrue(TextualHeader.decode(text).startsWith(expected.get("textStartsWith").asText()),
        TextualHeader.decode(text).substring(0, 80));
  }
}
