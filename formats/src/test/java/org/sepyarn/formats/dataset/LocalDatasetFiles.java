package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.HistoryAxes;
import org.sepyarn.formats.history.HistorySection;

/** Writes header and binary files into a local test folder the way SEPlib would, without sepyarn's writer. */
final class LocalDatasetFiles {
  /** How the binary of a test dataset is laid out. */
  enum Layout { SINGLE, MULTI_PART, AFTER_HEADER }

  private final java.nio.file.Path dir;

  LocalDatasetFiles(java.nio.file.Path dir) {
    this.dir = dir;
  }

  java.nio.file.Path dir() {
    return dir;
  }

  Path text(String name, String text) {
    return bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Path bytes(String name, byte[] bytes) {
    try {
      java.nio.file.Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return new Path(p.toUri());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String abs(String name) {
    return dir.resolve(name).toAbsolutePath().toString();
  }

  /** The history text SEPlib would write for {@code cube}/{@code format}, ending with {@code in=}. */
  static String history(Hypercube cube, ElementFormat format, String in) {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>(HistoryAxes.parameters(cube, format));
    p.put("in", in);
    return new HistorySection("Test", "me", "here", "today", p).appendTo("");
  }

  /** Writes a dataset holding {@code data} with the binary laid out as asked; returns the header. */
  Path dataset(String name, Hypercube cube, ElementFormat format, byte[] data, Layout layout, Random random) {
    switch (layout) {
      case SINGLE:
        bytes(name + "@", data);
        return text(name, history(cube, format, abs(name + "@")));
      case MULTI_PART: {
        int parts = 1 + random.nextInt(4);
        int[] cuts = new int[parts + 1];
        cuts[parts] = data.length;
        for (int i = 1; i < parts; i++) {
          cuts[i] = random.nextInt(data.length + 1);
        }
        Arrays.sort(cuts, 1, parts);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
          String part = name + "@" + i;
          bytes(part, Arrays.copyOfRange(data, cuts[i], cuts[i + 1]));
          names.add(i % 2 == 0 ? abs(part) : part);
        }
        return text(name, history(cube, format, String.join(";", names)));
      }
      case AFTER_HEADER: {
        byte[] head = (history(cube, format, "stdin") + "\n\014\014\004").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + data.length);
        System.arraycopy(data, 0, all, head.length, data.length);
        return bytes(name, all);
      }
      default:
        throw new IllegalArgumentException(layout.toString());
    }
  }
}
