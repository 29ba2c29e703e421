package org.sepyarn.examples.tools;

import java.io.IOException;
import org.sepyarn.examples.fdmod.ShotLayout;
import org.sepyarn.examples.fdmod.ShotModeller;
import org.sepyarn.examples.fdmod.StabilityLimit;
import org.sepyarn.examples.fdmod.VelocityGrid;
import org.sepyarn.examples.signal.Ricker;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.examples.stdio.SampleInput;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * {@code fdmod}: 2-D acoustic finite-difference shot modelling (SEP's {@code Fdmod} example) in
 * the velocity model {@code vel=} ({@code n1=nz}, {@code n2=nx}, {@code d1=dz}, {@code d2=dx} in
 * metres, m/s), with {@link ShotModeller}'s scheme. Each shot of {@code sx=} gives one gather on
 * the output: {@code n1=nt} ({@code d1=dt}, time), {@code n2=nx} receivers at depth {@code rz}
 * ({@code o2}, {@code d2} = receiver x), {@code n3} shots ({@code o3} = first sx, {@code d3} = shot
 * spacing). Refuses a {@code dt} beyond {@link StabilityLimit}. Holds the model, the modeller's
 * padded grids and one gather in memory; writes {@code xdr_float} unless {@code out_format=}
 * says otherwise.
 */
public final class Fdmod implements Tool {
  @Override
  public String name() {
    return "fdmod";
  }

  @Override
  public String summary() {
    return "2-D acoustic finite-difference shot modelling in vel= (one gather per shot sx=)";
  }

  @Override
  public boolean readsStdin() {
    return false;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            fdmod - 2-D acoustic finite-difference shot modelling

        SYNOPSIS
            fdmod vel=model.H sx= nt= dt= [sz= rz= freq=10 nb=20 dsx=] [out_format=] > shots.H

        INPUT PARAMETERS
            vel         file    velocity model: n1=nz n2=nx, d1=dz d2=dx in metres, velocities in m/s
            sx          floats  shot x positions in metres, on the model's x grid; evenly spaced
            sz          float   shot depth in metres (default o1: the top of the model)
            rz          float   receiver depth in metres (default o1); receivers at every x grid point
            nt          int     number of time steps
            dt          float   time step in seconds; must satisfy the stability (CFL) limit
                                dt <= (sqrt(3)/2) / (vmax sqrt(1/dx^2 + 1/dz^2))
            freq        float   Ricker peak frequency in Hz (default 10); the wavelet peaks at 1/freq s
            nb          int     sponge width in cells around the model (default 20, at least 2)
            dsx         float   d3 to record for a single shot (default 1); checked against sx lists
            out_format  string  data_format of the output (default xdr_float)
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)
            out         string  out=stdout: the data follows the header on stdout

        DESCRIPTION
            Second order in time, fourth order in space, Cerjan sponge on all four sides (no free
            surface). Output: n1=nt d1=dt (time), n2=nx o2 d2 (receiver x), n3=shots o3=sx d3=spacing.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    ParameterTable p = ctx.commandLine();
    int nt = p.requireInt("nt");
    if (nt < 1) {
      throw p.bad("nt", "must be at least 1");
    }
    double dt = p.requireDouble("dt");
    if (!(dt > 0)) {
      throw p.bad("dt", "must be a positive time step in seconds");
    }
    double freq = p.getDouble("freq", 10);
    if (!(freq > 0) || freq >= 0.5 / dt) {
      throw p.bad("freq", "is not a usable peak frequency: with dt=" + dt + " it must be above 0 and below the "
          + "Nyquist frequency " + 0.5 / dt + " Hz");
    }
    int nb = p.getInt("nb", 20);
    if (nb < 2) {
      throw p.bad("nb", "is too narrow a sponge: it must be at least 2 cells (20 absorbs well)");
    }
    ShotLayout shots;
    try {
      shots = ShotLayout.of(p.getDoubles("sx"), p.has("dsx") ? p.requireDouble("dsx") : null);
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage() + " (sx=\"" + p.getString("sx", "") + "\" " + p.origin("sx") + ")");
    }
    ElementFormat format = OutputDataset.format(ctx, ElementFormat.XDR_FLOAT);
    if (format.components() != 1) {
      throw p.bad("out_format", "is complex, but fdmod writes real samples");
    }
    InputDataset velocity = InputDataset.fromParameter(ctx, "vel");
    VelocityGrid grid = readGrid(velocity);
    double limit = StabilityLimit.maxDt(grid.maxVelocity(), grid.dx(), grid.dz());
    if (dt > limit) {
      throw new ToolException("dt=" + dt + " is unstable: with the maximum velocity " + grid.maxVelocity()
          + " m/s of " + velocity.name() + " and dx=" + grid.dx() + ", dz=" + grid.dz() + " the scheme needs dt <= "
          + limit + " s (CFL limit); use a smaller dt= and a larger nt=");
    }
    warnAboutDispersion(ctx, grid, freq);
    int sourceZ = grid.zIndex(p.getDouble("sz", grid.oz()), "sz");
    int receiverZ = grid.zIndex(p.getDouble("rz", grid.oz()), "rz");
    int[] sourceX = new int[shots.count()];
    for (int s = 0; s < shots.count(); s++) {
      sourceX[s] = grid.xIndex(shots.position(s), "sx");
    }
    Axis x = velocity.cube().axis(2);
    String unit = x.unit().isEmpty() ? "m" : x.unit();
    Hypercube cube = Hypercube.of(new Axis(nt, 0, dt, "time", "s"),
        new Axis(grid.nx(), grid.ox(), grid.dx(), "receiver x", unit),
        new Axis(shots.count(), shots.origin(), shots.spacing(), "shot x", unit));
    double[] wavelet = new Ricker(freq).sampled(nt, dt, 1 / freq);
    ShotModeller modeller = new ShotModeller(grid, nb, nt, dt, wavelet, receiverZ);
    try (OutputDataset out = OutputDataset.create(ctx, History.empty(ctx.program()), cube, format)) {
      for (int s = 0; s < shots.count(); s++) {
        float[] gather = modeller.shoot(sourceX[s], sourceZ);
        out.write(gather, 0, gather.length);
      }
    }
  }

  private static VelocityGrid readGrid(InputDataset velocity) throws IOException {
    velocity.requireReal("fdmod");
    Hypercube cube = velocity.cube();
    if (cube.elementCount() != (long) cube.n(1) * cube.n(2)) {
      throw new ToolException("velocity model " + velocity.name() + " is " + cube + ", not 2-D: fdmod needs "
          + "n1=nz n2=nx and every other axis of length 1");
    }
    if (cube.elementCount() > Integer.MAX_VALUE - 8) {
      throw new ToolException("velocity model " + velocity.name() + " has " + cube.elementCount()
          + " samples, too many for this in-memory example modeller");
    }
    int count = (int) cube.elementCount();
    double[] values = new double[count];
    try (SampleInput in = velocity.openSamples()) {
      in.read(values, 0, count);
      in.finish();
    }
    float[] v = new float[count];
    for (int i = 0; i < count; i++) {
      v[i] = (float) values[i];
    }
    Axis z = cube.axis(1);
    Axis x = cube.axis(2);
    try {
      return new VelocityGrid(velocity.name(), z.n(), z.o(), z.d(), x.n(), x.o(), x.d(), v);
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage(), e);
    }
  }

  /** Fourth-order differences want about five grid points per shortest wavelength (at 2.5 freq). */
  private static void warnAboutDispersion(ToolContext ctx, VelocityGrid grid, double freq) {
    double shortest = grid.minVelocity() / (2.5 * freq);
    double h = Math.max(grid.dx(), grid.dz());
    if (shortest / h < 5) {
      ctx.stderr().println(ctx.program() + ": warning: the shortest wavelength " + shortest + " m (vmin "
          + grid.minVelocity() + " m/s at 2.5*freq=" + 2.5 * freq + " Hz) spans only " + shortest / h
          + " grid cells; expect grid dispersion (lower freq= or refine the model)");
    }
  }
}
