package org.sepyarn.examples.stdio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.history.HistoryAxes;
import org.sepyarn.formats.history.HistoryParser;

/**
 * A dataset a tool reads: its history, hypercube, element format and where its binary is, with
 * SEPlib's rules. The header is read from a stream up to its end or up to {@code \014\014\004}.
 * {@code in="stdin"} (or {@code follow_hdr}) means the binary follows in the same stream;
 * otherwise {@code in=} names the binary file, absolute or relative to the current folder (an
 * {@code @} at its end is just part of the name). Lists of binary parts ({@code in="a;b"}) and
 * SEPlib pipe headers are refused. The binary must hold exactly {@code n1*..*n9*esize} bytes.
 * Only the header text is held in memory.
 */
public final class InputDataset {
  private final String name;
  private final History history;
  private final Hypercube cube;
  private final ElementFormat format;
  private final InputStream followingData;
  private final Path binary;

  private InputDataset(String name, History history, Hypercube cube, ElementFormat format,
      InputStream followingData, Path binary) {
    this.name = name;
    this.history = history;
    this.cube = cube;
    this.format = format;
    this.followingData = followingData;
    this.binary = binary;
  }

  /**
   * The dataset whose header is on stdin. As SEPlib's {@code fetch} does, axis parameters given
   * on the command line ({@code n1=}, {@code o2=}, {@code label3=}...) override the history's;
   * {@code esize}, {@code data_format} and {@code in} come from the history alone, since they
   * describe how the binary was written.
   */
  public static InputDataset fromStdin(ToolContext ctx) throws IOException {
    String name = ctx.stdinOrigin().file().map(Path::toString).orElse("stdin");
    if (ctx.stdinOrigin().isTerminal()) {
      throw new ToolException(ctx.program() + " reads a dataset's history file on stdin, but stdin is a terminal: "
          + "run it as " + ctx.program() + " < in.H > out.H");
    }
    return read(ctx, name, ctx.stdin(), ctx.commandLine().only(AxesParameters::isAxisKey));
  }

  /**
   * The dataset whose history file is named by parameter {@code key} (for example
   * {@code vel=model.H}), relative to the current folder; its axes come from its history only
   * (SEPlib's {@code auxpar}).
   */
  public static InputDataset fromParameter(ToolContext ctx, String key) throws IOException {
    String file = ctx.commandLine().requireString(key);
    Path path = ctx.resolve(file);
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new ToolException("history file " + key + "=" + file + " (" + path + ") does not exist");
    }
    return read(ctx, key + "=" + file, in, ParameterTable.empty(CommandLine.ORIGIN));
  }

  /**
   * The dataset whose history file is {@code path}, named {@code name} in messages (for example
   * the header dataset a SEP3D dataset's {@code hff=} names); its axes come from its history only.
   */
  public static InputDataset fromPath(ToolContext ctx, String name, Path path) throws IOException {
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new ToolException("history file " + name + " (" + path + ") does not exist");
    }
    return read(ctx, name, in, ParameterTable.empty(CommandLine.ORIGIN));
  }

  private static InputDataset read(ToolContext ctx, String name, InputStream in, ParameterTable axisOverrides)
      throws IOException {
    HeaderText header = HeaderText.read(in, name);
    if (header.text().isBlank() && !header.dataFollows()) {
      throw new ToolException("history " + name + " is empty: expected a SEPlib history file (key=value lines "
          + "with n1=, esize=, data_format=, in=)");
    }
    if (header.text().stripLeading().startsWith("PIPE ")) {
      throw new ToolException("history " + name + " is a SEPlib pipe header (PIPE host port pid), which can only "
          + "be read by the SEPlib program it was meant for: write the dataset to a file first");
    }
    History history;
    try {
      history = new HistoryParser(f -> Files.readString(ctx.resolve(f), StandardCharsets.ISO_8859_1))
          .parse(name, header.text());
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage(), e);
    }
    ParameterTable axes = ParameterTable.of(history.parameters(), "in history " + name).overriddenBy(axisOverrides);
    Hypercube cube = AxesParameters.cube(axes);
    ElementFormat format;
    try {
      format = HistoryAxes.format(history);
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage(), e);
    }
    String dataName = history.get("in").orElseThrow(() -> new ToolException("history " + name + " has no in= "
        + "parameter naming its binary data"));
    if (dataName.equals("stdin") || dataName.equals("follow_hdr")) {
      if (!header.dataFollows()) {
        throw new ToolException("history " + name + " says in=\"" + dataName + "\" (the data follows the header) "
            + "but holds no \\014\\014\\004 separator before any data");
      }
      return new InputDataset(name, history, cube, format, in, null);
    }
    in.close();
    if (dataName.indexOf(';') >= 0) {
      throw new ToolException("history " + name + " names a binary in " + (dataName.split(";").length)
          + " parts (in=\"" + dataName + "\"): multi-part datasets are not supported; join the parts into one "
          + "file first");
    }
    Path binary = ctx.resolve(dataName);
    if (!Files.isRegularFile(binary)) {
      throw new ToolException("binary " + binary + " named by in=\"" + dataName + "\" in history " + name
          + " does not exist or is not a regular file");
    }
    return new InputDataset(name, history, cube, format, null, binary);
  }

  /** The name used in messages: {@code stdin}, the redirected file, or {@code vel=model.H}. */
  public String name() {
    return name;
  }

  public History history() {
    return history;
  }

  public Hypercube cube() {
    return cube;
  }

  public ElementFormat format() {
    return format;
  }

  /** The binary file, or empty when the data follows the header in its stream. */
  public Optional<Path> binary() {
    return Optional.ofNullable(binary);
  }

  /** The number of bytes the header promises: {@code n1*..*n9*esize}. */
  public long expectedBytes() {
    try {
      return Math.multiplyExact(cube.elementCount(), (long) format.esize());
    } catch (ArithmeticException e) {
      throw new ToolException("history " + name + " describes more than " + Long.MAX_VALUE + " bytes");
    }
  }

  /** Opens the samples; checks a binary file's size first. Call once. */
  public SampleInput openSamples() throws IOException {
    long expected = expectedBytes();
    if (binary == null) {
      return new SampleInput(followingData, format, name + " (data following the header)", expected);
    }
    long size = Files.size(binary);
    if (size != expected) {
      throw new ToolException("binary " + binary + " of " + name + " holds " + size + " bytes, but its header "
          + "describes " + expected + " (" + cube + ", esize=" + format.esize() + ", data_format=" + format.name()
          + ")");
    }
    return new SampleInput(new BufferedInputStream(Files.newInputStream(binary), 1 << 16), format,
        binary.toString(), expected);
  }

  /** Refuses complex data, for tools that work on real samples. */
  public void requireReal(String program) {
    if (format.components() != 1) {
      throw new ToolException(program + " works on real samples, but " + name + " holds data_format="
          + format.name() + " (complex)");
    }
  }
}
