package org.sepyarn.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small SEPlib datasets (header text and an {@code xdr_float} binary) into a test folder by hand. */
public final class TestDatasets {
  private final Path dir;

  public TestDatasets(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** A dataset of the given axis lengths whose sample {@code i} (storage order) is {@code i}. */
  public Path ramp(String name, int... n) {
    long count = 1;
    for (int v : n) {
      count *= v;
    }
    float[] samples = new float[(int) count];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = i;
    }
    return dataset(name, samples, n);
  }

  /** A dataset holding {@code samples}, with axes {@code n}. */
  public Path dataset(String name, float[] samples, int... n) {
    ByteBuffer bytes = ByteBuffer.allocate(samples.length * 4);
    for (float s : samples) {
      bytes.putFloat(s);
    }
    return withBinary(name, bytes.array(), n);
  }

  /** A dataset whose binary holds exactly {@code binary}, right or wrong for its axes. */
  public Path withBinary(String name, byte[] binary, int... n) {
    Path header = dir.resolve(name);
    Path data = dir.resolve(name + "@");
    StringBuilder text = new StringBuilder("\nspike:   tester@testhost   Mon Jan  1 00:00:00 2024\n");
    for (int i = 0; i < n.length; i++) {
      text.append("\t\tn").append(i + 1).append('=').append(n[i]).append(" o").append(i + 1).append("=0 d")
          .append(i + 1).append("=1\n");
    }
    text.append("\t\tesize=4\n\t\tdata_format=\"xdr_float\"\n\t\tin=\"").append(data.toAbsolutePath()).append("\"\n");
    write(header, text.toString().getBytes(StandardCharsets.UTF_8));
    write(data, binary);
    return header;
  }

  public static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
