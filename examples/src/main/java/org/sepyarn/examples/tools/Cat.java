package org.sepyarn.examples.tools;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.SampleInput;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * {@code cat}: concatenates the datasets named as positional words along {@code axis=}, as
 * Madagascar's {@code sfcat axis=3 a.rsf b.rsf > ab.rsf} does: the program that shows sepyarn's
 * positional file tags ({@code "@1"}, {@code "@2"}). Every input must have the same format and
 * the same axis lengths except along {@code axis}. Streams: holds one block of samples in memory.
 */
public final class Cat implements Tool {
  private static final int BLOCK_ELEMENTS = 1 << 14;
  private static final Pattern PARAMETER = Pattern.compile("(--)?[A-Za-z][A-Za-z0-9_.-]*=.*", Pattern.DOTALL);
  /** Positional word k becomes this parameter followed by k, so that the tool reads it as {@code file1=...}. */
  private static final String FILE_KEY = "file";

  @Override
  public String name() {
    return "cat";
  }

  @Override
  public String summary() {
    return "concatenates the datasets given as positional files along axis= (like sfcat)";
  }

  @Override
  public boolean readsStdin() {
    return false;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            cat - concatenate datasets along an axis

        SYNOPSIS
            cat [axis=3] a.H b.H ... > out.H

        INPUT PARAMETERS
            axis        int     the axis to concatenate along (default 3)
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)

        DESCRIPTION
            The files are the words that are not key=value, in order. They must share their format
            and every axis length but that of axis=; the output's axis= is as long as theirs added.
        """;
  }

  @Override
  public int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
      Map<String, String> env, File cwd) {
    List<String> words = new ArrayList<>();
    int files = 0;
    for (String arg : args) {
      if (PARAMETER.matcher(arg).matches() || arg.equals("--help") || arg.equals("-h")) {
        words.add(arg);
      } else {
        words.add(FILE_KEY + (++files) + "=" + arg);
      }
    }
    return Tool.super.run(words.toArray(new String[0]), stdin, stdout, stderr, env, cwd);
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    int axis = ctx.commandLine().getInt("axis", 3);
    if (axis < 1 || axis > 9) {
      throw ctx.commandLine().bad("axis", "must be 1 to 9");
    }
    List<InputDataset> inputs = new ArrayList<>();
    for (int k = 1; ctx.commandLine().has(FILE_KEY + k); k++) {
      inputs.add(InputDataset.fromParameter(ctx, FILE_KEY + k));
    }
    if (inputs.isEmpty()) {
      throw new ToolException("no files to concatenate: give them as words after the parameters, e.g. cat axis=3"
          + " a.H b.H > ab.H");
    }
    Hypercube cube = joinedCube(inputs, axis);
    int components = inputs.get(0).format().components();
    List<SampleInput> samples = new ArrayList<>();
    try (OutputDataset out = OutputDataset.create(ctx, inputs.get(0).history(), cube, inputs.get(0).format())) {
      for (InputDataset in : inputs) {
        samples.add(in.openSamples());
      }
      long outer = cube.elementCount() / inner(cube, axis) / cube.axis(axis).n();
      double[] block = new double[BLOCK_ELEMENTS * components];
      for (long o = 0; o < outer; o++) {
        for (int i = 0; i < inputs.size(); i++) {
          long count = inner(cube, axis) * inputs.get(i).cube().axis(axis).n();
          while (count > 0) {
            int n = (int) Math.min(BLOCK_ELEMENTS, count);
            samples.get(i).read(block, 0, n);
            out.write(block, 0, n);
            count -= n;
          }
        }
      }
      for (SampleInput s : samples) {
        s.finish();
      }
    } finally {
      for (SampleInput s : samples) {
        s.close();
      }
    }
  }

  /** The elements of one sample of {@code axis}: the product of the lengths of the faster axes. */
  private static long inner(Hypercube cube, int axis) {
    long inner = 1;
    for (int k = 1; k < axis; k++) {
      inner *= cube.axis(k).n();
    }
    return inner;
  }

  private static Hypercube joinedCube(List<InputDataset> inputs, int axis) {
    InputDataset first = inputs.get(0);
    int total = 0;
    for (InputDataset in : inputs) {
      if (!in.format().equals(first.format())) {
        throw new ToolException(in.name() + " holds " + in.format().name() + " samples but " + first.name()
            + " holds " + first.format().name() + ": every file must have the same format");
      }
      for (int k = 1; k <= 9; k++) {
        if (k != axis && in.cube().axis(k).n() != first.cube().axis(k).n()) {
          throw new ToolException(in.name() + " has n" + k + "=" + in.cube().axis(k).n() + " but " + first.name()
              + " has n" + k + "=" + first.cube().axis(k).n() + ": only axis " + axis + " may differ");
        }
      }
      total += in.cube().axis(axis).n();
    }
    Axis a = first.cube().axis(axis);
    return first.cube().withAxis(axis, new Axis(total, a.o(), a.d(), a.label(), a.unit()));
  }
}
