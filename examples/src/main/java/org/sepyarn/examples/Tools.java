package org.sepyarn.examples;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sepyarn.examples.stdio.ProcessStreams;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.tools.Bin;
import org.sepyarn.examples.tools.Cat;
import org.sepyarn.examples.tools.Copy;
import org.sepyarn.examples.tools.Fdmod;
import org.sepyarn.examples.tools.Interp;
import org.sepyarn.examples.tools.Roughen;
import org.sepyarn.examples.tools.Scale;
import org.sepyarn.examples.tools.Smooth;
import org.sepyarn.examples.tools.Spectrum;
import org.sepyarn.examples.tools.Spike;
import org.sepyarn.examples.vector.CgStep;

/**
 * The example tools by name: {@code Tools.main(new String[] {"smooth", "rect1=5"})} runs
 * {@code smooth rect1=5} on this process's stdin and stdout, as
 * {@code java -jar sepyarn.jar tool smooth rect1=5 < in.H > out.H} does. Without a tool name, or
 * with {@code --help}, it lists the tools.
 */
public final class Tools {
  private static final Map<String, Tool> TOOLS = new LinkedHashMap<>();

  static {
    for (Tool tool : List.of(new Spike(), new Scale(), new Smooth(), new Fdmod(), new Copy(), new Spectrum(),
        new Cat(), new Interp(), new Roughen(), new Bin(), new CgStep())) {
      TOOLS.put(tool.name(), tool);
    }
  }

  private Tools() {
  }

  /** Runs the tool named by {@code args[0]} with the remaining arguments and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, ProcessStreams.stdin(), ProcessStreams.stdout(), System.err, System.getenv(),
        new File(System.getProperty("user.dir"))));
  }

  /** Runs tool {@code name} with {@code args} on this process's streams, environment and folder; returns its status. */
  public static int run(String name, String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = name;
    System.arraycopy(args, 0, all, 1, args.length);
    return run(all, ProcessStreams.stdin(), ProcessStreams.stdout(), System.err, System.getenv(),
        new File(System.getProperty("user.dir")));
  }

  /**
   * Runs the tool named by {@code commandLine[0]} with the rest as its arguments on the given
   * streams; lists the tools (status 0) for {@code --help}, {@code -h} or {@code help}, and (status 1)
   * when no tool is named; an unknown name is an error (status 1).
   */
  public static int run(String[] commandLine, InputStream stdin, OutputStream stdout, PrintStream stderr,
      Map<String, String> env, File cwd) {
    if (commandLine.length == 0) {
      stderr.print(listing());
      return 1;
    }
    String name = commandLine[0];
    if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
      PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
      out.print(listing());
      out.flush();
      return 0;
    }
    Optional<Tool> tool = tool(name);
    if (tool.isEmpty()) {
      stderr.println("unknown tool \"" + name + "\": the tools are " + String.join(", ", TOOLS.keySet()));
      return 1;
    }
    return tool.get().run(Arrays.copyOfRange(commandLine, 1, commandLine.length), stdin, stdout, stderr, env, cwd);
  }

  /** The tool called {@code name}. */
  public static Optional<Tool> tool(String name) {
    return Optional.ofNullable(TOOLS.get(name));
  }

  /** Every tool, in the order they are listed. */
  public static List<Tool> all() {
    return List.copyOf(TOOLS.values());
  }

  /** The list of tools with their one-line summaries. */
  public static String listing() {
    StringBuilder sb = new StringBuilder("usage: tool <name> [key=value ...] [< in.H] > out.H\n\ntools:\n");
    for (Tool t : TOOLS.values()) {
      sb.append(String.format("  %-8s %s%n", t.name(), t.summary()));
    }
    sb.append("\nRun a tool with --help (or with no arguments and no input) for its parameters.\n");
    return sb.toString();
  }
}
