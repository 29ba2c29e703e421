package org.sepyarn.examples.stdio;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the binary of a tool's output goes, decided as SEPlib's {@code stdoutname()} does:
 * <ol>
 *   <li>{@code out=stdout} (or Madagascar's {@code --out=stdout}): after the header on stdout,
 *       {@code in="stdin"}; {@code out=<file>}: that file;</li>
 *   <li>stdout is a pipe or socket: after the header on stdout (SEPlib sends data down a pipe);</li>
 *   <li>{@code datapath=stdout}: after the header on stdout;</li>
 *   <li>otherwise {@code <datapath><name>@}, where {@code <name>} is the base name of the file
 *       stdout is redirected to with a leading {@code H} dropped (as SEPlib does:
 *       {@code Hvel} gives {@code vel@}), or {@code <program>.<pid>.H} when that file cannot be
 *       found.</li>
 * </ol>
 * A file name is made absolute against the current folder, except that a name starting with
 * {@code ./} stays relative, as SEPlib's {@code expand_name} leaves it. Immutable.
 */
public final class BinaryDestination {
  /** The value of {@code in=} for data that follows its header. */
  public static final String FOLLOWS = "stdin";

  private final Path file;
  private final String inValue;
  private final String reason;

  private BinaryDestination(Path file, String inValue, String reason) {
    this.file = file;
    this.inValue = inValue;
    this.reason = reason;
  }

  /** The destination for a run with context {@code ctx} on host {@code host}. */
  public static BinaryDestination resolve(ToolContext ctx, String host) throws IOException {
    ParameterTable cl = ctx.commandLine();
    if (cl.has("out")) {
      String out = cl.requireString("out");
      if (out.equals("stdout")) {
        return follows("out=stdout " + cl.origin("out"));
      }
      if (out.isEmpty()) {
        throw cl.bad("out", "is empty: give out=stdout or the name of the binary file");
      }
      return file(ctx, out, "out= " + cl.origin("out"));
    }
    if (ctx.stdoutOrigin().isPipe()) {
      return follows("stdout is a pipe");
    }
    Datapath datapath = Datapath.resolve(cl, ctx.env(), ctx.cwd(), ctx.home(), host);
    if (datapath.isStdout()) {
      return follows("datapath=stdout from " + datapath.source());
    }
    String name = ctx.stdoutOrigin().file().map(BinaryDestination::headerBaseName)
        .orElse(ctx.program() + "." + ProcessHandle.current().pid() + ".H");
    return file(ctx, datapath.prefix() + name + "@", datapath.toString());
  }

  private static String headerBaseName(Path header) {
    String base = header.getFileName().toString();
    return base.length() > 1 && base.charAt(0) == 'H' ? base.substring(1) : base;
  }

  private static BinaryDestination follows(String reason) {
    return new BinaryDestination(null, FOLLOWS, reason);
  }

  private static BinaryDestination file(ToolContext ctx, String name, String reason) {
    String inValue = name.startsWith("./") ? name : ctx.resolve(name).toString();
    Path p = Paths.get(inValue);
    return new BinaryDestination(p.isAbsolute() ? p : ctx.resolve(inValue), inValue, reason);
  }

  /** Whether the data follows the header on stdout. */
  public boolean followsHeader() {
    return file == null;
  }

  /** The binary file (absolute), or null when the data follows the header. */
  public Path file() {
    return file;
  }

  /** What the output header says in {@code in=}. */
  public String inValue() {
    return inValue;
  }

  /** Why the data goes there, for messages. */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return "in=" + inValue + " (" + reason + ")";
  }
}
