package org.sepyarn.examples.stdio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a tool puts the binary of its output, found as SEPlib's {@code datapath()} does:
 * {@code datapath=} on the command line, then {@code $DATAPATH}, then {@code ./.datapath}, then
 * {@code ~/.datapath}, else the current folder. In a {@code .datapath} file a line
 * {@code <host> datapath=/p/} for this host wins over a plain {@code datapath=/p/} line; among
 * lines of the same kind the last wins, and lines starting with {@code #} are skipped. The value
 * is a prefix, used as written: the binary is {@code <prefix><name>@}, so a folder needs its
 * trailing {@code /}. The special value {@code stdout} sends the data after the header on
 * stdout. Immutable.
 */
public final class Datapath {
  private final String prefix;
  private final String source;

  private Datapath(String prefix, String source) {
    this.prefix = prefix;
    this.source = source;
  }

  /**
   * The datapath for a run with command-line parameters {@code commandLine}, environment
   * {@code env}, current folder {@code cwd}, home folder {@code home} and host name {@code host}.
   */
  public static Datapath resolve(ParameterTable commandLine, Map<String, String> env, Path cwd, Path home,
      String host) throws IOException {
    Optional<String> given = commandLine.get("datapath").filter(s -> !s.isEmpty());
    if (given.isPresent()) {
      return new Datapath(given.get(), "datapath= " + commandLine.origin("datapath"));
    }
    String fromEnv = env.get("DATAPATH");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return new Datapath(fromEnv, "$DATAPATH");
    }
    for (Path file : new Path[] {cwd.resolve(".datapath"), home.resolve(".datapath")}) {
      Optional<String> inFile = fromFile(file, host);
      if (inFile.isPresent()) {
        return new Datapath(inFile.get(), file.toString());
      }
    }
    String folder = cwd.toString();
    return new Datapath(folder.endsWith("/") ? folder : folder + "/", "the current folder");
  }

  /** The datapath a {@code .datapath} file gives this host, if it exists and gives one. */
  static Optional<String> fromFile(Path file, String host) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String shortHost = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
    String generic = null;
    String forHost = null;
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      String[] words = line.trim().split("\\s+");
      if (words[0].startsWith("#")) {
        continue;
      }
      for (int i = 0; i < words.length; i++) {
        if (!words[i].startsWith("datapath=") || words[i].length() == "datapath=".length()) {
          continue;
        }
        String value = unquote(words[i].substring("datapath=".length()));
        if (i == 0) {
          generic = value;
        } else if (words[i - 1].equals(host) || words[i - 1].equals(shortHost)) {
          forHost = value;
        }
      }
    }
    return Optional.ofNullable(forHost != null ? forHost : generic);
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** The prefix binaries are named with. */
  public String prefix() {
    return prefix;
  }

  /** Where the prefix came from, for messages. */
  public String source() {
    return source;
  }

  /** Whether the data is to follow the header on stdout ({@code datapath=stdout}). */
  public boolean isStdout() {
    return prefix.equals("stdout");
  }

  @Override
  public String toString() {
    return "datapath=" + prefix + " (from " + source + ")";
  }
}
