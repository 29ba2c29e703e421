package org.sepyarn.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * Picks the subcommand, parses its options with commons-cli, prints help, and turns what happens
 * into the exit code: 0 success, 1 job failed, 2 invalid input.
 */
public final class CommandRunner {
  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final CommandIdentity identity;

  public CommandRunner(List<Command> list) {
    this(list, CommandIdentity.NONE);
  }

  /** Runs each command as {@code identity}, checked first for the commands that talk to the cluster. */
  public CommandRunner(List<Command> list, CommandIdentity identity) {
    for (Command c : list) {
      commands.put(c.name(), c);
    }
    this.identity = identity;
  }

  public int run(String[] args, Console console) {
    if (args.length == 0) {
      printSelfDoc(console);
      return ExitCode.INVALID_INPUT;
    }
    if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      printSelfDoc(console);
      return ExitCode.SUCCESS;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      console.err().println("sepyarn: unknown command \"" + args[0] + "\"; the commands are " + commands.keySet()
          + ". Run sepyarn --help for details.");
      return ExitCode.INVALID_INPUT;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    Options options = withHelp(command.options());
    CommandLine line;
    try {
      line = new DefaultParser().parse(options, rest);
    } catch (ParseException e) {
      console.err().println("sepyarn " + command.name() + ": " + e.getMessage());
      console.err().println("usage: " + usage(command) + "   (sepyarn " + command.name() + " --help for details)");
      return ExitCode.INVALID_INPUT;
    }
    if (line.hasOption("help")) {
      printHelp(command, options, console);
      return ExitCode.SUCCESS;
    }
    try {
      if (command.talksToCluster()) {
        identity.check(line);
      }
      CommandLine parsed = line;
      return identity.runAs(() -> command.run(parsed, console));
    } catch (InvalidInputException e) {
      console.err().println("sepyarn " + command.name() + ": " + e.getMessage());
      return ExitCode.INVALID_INPUT;
    } catch (Exception e) {
      if (ExitNoise.isShutdownNoise(e) || ExitNoise.shutdownBegan()) {
        // The process is ending (Ctrl-C, SIGTERM) and its farewell said what becomes of the work.
        return ExitCode.JOB_FAILED;
      }
      java.util.Optional<String> refused = identity.explain(e);
      if (refused.isPresent()) {
        console.err().println("sepyarn " + command.name() + ": " + refused.get());
        return ExitCode.INVALID_INPUT;
      }
      console.err().println("sepyarn " + command.name() + " failed: " + describe(e));
      return ExitCode.JOB_FAILED;
    }
  }

  private static String describe(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
      String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (parts.isEmpty() || !parts.get(parts.size() - 1).contains(m)) {
        parts.add(m);
      }
    }
    return String.join(": ", parts);
  }

  private static Options withHelp(Options options) {
    Options copy = new Options();
    for (Option o : options.getOptions()) {
      copy.addOption(o);
    }
    copy.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
    return copy;
  }

  private static String usage(Command c) {
    return "sepyarn " + c.name() + " [options] " + c.arguments();
  }

  private void printHelp(Command c, Options options, Console console) {
    PrintWriter pw = new PrintWriter(console.out());
    new HelpFormatter().printHelp(pw, 100, usage(c), c.summary() + "\n\n" + c.description() + "\n\n", options, 2, 4,
        "", false);
    pw.flush();
  }

  private void printSelfDoc(Console console) {
    console.out().println("sepyarn: runs serial SEPlib and Madagascar programs in parallel over datasets in HDFS, on YARN.");
    console.out().println();
    console.out().println("usage: sepyarn COMMAND [options] [arguments]      (yarn jar sepyarn.jar COMMAND ... on a cluster)");
    console.out().println();
    console.out().println("commands:");
    for (Command c : commands.values()) {
      console.out().printf("  %-10s %s%n", c.name(), c.summary());
    }
    console.out().printf("  %-10s %s%n", "tool", "run an example program: sepyarn tool NAME [key=value ...] (tool --help lists them)");
    console.out().println();
    console.out().println("sepyarn COMMAND --help describes a command. Exit codes: 0 success, 1 job failed, 2 invalid input.");
  }
}
