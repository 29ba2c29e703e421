package org.sepyarn.client.logs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text YARN wraps around a container log file when it hands one out, from the NodeManager's
 * web service and from the aggregated-log readers alike:
 *
 * <pre>
 * Container: container_..._000002 on host:port
 * LogAggregationType: LOCAL
 * ============...
 * LogType:program.stderr
 * LogLastModifiedTime:...
 * LogLength:42
 * LogContents:
 * &lt;42 bytes&gt;
 * End of LogType:program.stderr...
 * </pre>
 *
 * This finds the file's own bytes in it.
 */
final class LogDump {
  private static final String LENGTH = "LogLength:";
  private static final String CONTENTS = "LogContents:";
  private static final int MAX_HEADER_LINES = 6;

  private LogDump() {
  }

  /**
   * The contents of log file {@code fileName} in {@code dump}; empty when the dump holds no such
   * file with a well-formed header.
   */
  static Optional<byte[]> contents(byte[] dump, String fileName) {
    String text = new String(dump, StandardCharsets.ISO_8859_1);
    String type = "LogType:" + fileName + "\n";
    for (int at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + 1)) {
      if (at > 0 && text.charAt(at - 1) != '\n') {
        continue;
      }
      Optional<byte[]> found = after(dump, text, at + type.length());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The contents whose header lines start at {@code from}, just after the file's type line: a few
   * {@code Key:value} lines, one of them {@code LogLength}, ending with {@code LogContents:}.
   */
  private static Optional<byte[]> after(byte[] dump, String text, int from) {
    long size = -1;
    int line = from;
    for (int n = 0; n < MAX_HEADER_LINES; n++) {
      int end = text.indexOf('\n', line);
      if (end < 0) {
        return Optional.empty();
      }
      String header = text.substring(line, end);
      if (header.equals(CONTENTS)) {
        return size >= 0 && end + 1 + size <= dump.length
            ? Optional.of(Arrays.copyOfRange(dump, end + 1, (int) (end + 1 + size)))
            : Optional.empty();
      }
      if (header.startsWith(LENGTH)) {
        size = parseSize(header.substring(LENGTH.length()).strip());
      }
      line = end + 1;
    }
    return Optional.empty();
  }

  private static long parseSize(String number) {
    try {
      return Long.parseLong(number);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
