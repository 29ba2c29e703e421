package org.sepyarn.am.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sepyarn.am.status.IterationNorms;

/**
 * A solve's convergence drawn as SVG: the residual's norm and the model's against the iteration,
 * on a logarithmic scale with a line at each power of ten, each point titled with its value. A norm
 * of exactly zero (a perfect fit) is drawn at the bottom of the scale. Pure: the same norms give
 * the same text.
 */
final class ConvergenceSvg {
  private static final int WIDTH = 560;
  private static final int HEIGHT = 260;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 40;
  private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  static final String RESIDUAL_COLOUR = "#2563eb";
  static final String MODEL_COLOUR = "#d97706";

  private ConvergenceSvg() {
  }

  /** The plot of {@code norms} (iteration 0 first); empty text for none. */
  static String element(List<IterationNorms> norms) {
    if (norms.isEmpty()) {
      return "";
    }
    double[] decades = decades(norms);
    int last = norms.get(norms.size() - 1).iteration();
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"").append(TimelineSvg.NAMESPACE).append("\" class=\"convergence\" width=\"")
        .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    svg.append("<title>residual and model norms per iteration, log scale</title>\n");
    legend(svg);
    for (int d = (int) decades[0]; d <= (int) decades[1]; d++) {
      double y = y(d, decades);
      svg.append("<line class=\"decade\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH)
          .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y))
          .append("\" stroke=\"#e5e7eb\"/>\n<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
          .append("\" text-anchor=\"end\">1e").append(d).append("</text>\n");
    }
    int step = Math.max(1, (last + 9) / 10);
    for (int i = 0; i <= last; i += step) {
      double x = x(i, last);
      svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(TOP + PLOT_HEIGHT + 16)
          .append("\" text-anchor=\"middle\">").append(i).append("</text>\n");
    }
    svg.append("<text x=\"").append(LEFT + PLOT_WIDTH / 2).append("\" y=\"").append(HEIGHT - 6)
        .append("\" text-anchor=\"middle\">iteration</text>\n");
    svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(PLOT_WIDTH)
        .append("\" height=\"").append(PLOT_HEIGHT).append("\" fill=\"none\" stroke=\"#9ca3af\"/>\n");
    series(svg, "residual", RESIDUAL_COLOUR, norms, true, decades, last);
    series(svg, "model", MODEL_COLOUR, norms, false, decades, last);
    return svg.append("</svg>").toString();
  }

  private static void legend(StringBuilder svg) {
    svg.append("<rect x=\"").append(LEFT).append("\" y=\"10\" width=\"12\" height=\"3\" fill=\"").append(RESIDUAL_COLOUR)
        .append("\"/><text x=\"").append(LEFT + 16).append("\" y=\"15\">|residual|</text>\n");
    svg.append("<rect x=\"").append(LEFT + 100).append("\" y=\"10\" width=\"12\" height=\"3\" fill=\"")
        .append(MODEL_COLOUR).append("\"/><text x=\"").append(LEFT + 116).append("\" y=\"15\">|model|</text>\n");
  }

  private static void series(StringBuilder svg, String name, String colour, List<IterationNorms> norms,
      boolean residual, double[] decades, int last) {
    List<String> points = new ArrayList<>();
    StringBuilder dots = new StringBuilder();
    for (IterationNorms n : norms) {
      double value = residual ? n.residualNorm() : n.modelNorm();
      double x = x(n.iteration(), last);
      double y = value > 0 ? y(Math.log10(value), decades) : TOP + PLOT_HEIGHT;
      points.add(fmt(x) + "," + fmt(y));
      dots.append("<circle class=\"").append(name).append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"3\" fill=\"").append(colour).append("\"><title>iteration ").append(n.iteration())
          .append(": |").append(name).append("| = ").append(value(value)).append("</title></circle>\n");
    }
    svg.append("<polyline class=\"").append(name).append("\" fill=\"none\" stroke=\"").append(colour)
        .append("\" stroke-width=\"2\" points=\"").append(String.join(" ", points)).append("\"/>\n").append(dots);
  }

  /** The powers of ten below the least positive norm and above the largest: {@code {low, high}}. */
  static double[] decades(List<IterationNorms> norms) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (IterationNorms n : norms) {
      for (double v : new double[] {n.residualNorm(), n.modelNorm()}) {
        if (v > 0 && Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (max == 0) {
      return new double[] {-1, 0};
    }
    double low = Math.floor(Math.log10(min));
    double high = Math.ceil(Math.log10(max));
    return new double[] {low, high == low ? low + 1 : high};
  }

  private static double x(int iteration, int last) {
    return LEFT + (last == 0 ? PLOT_WIDTH / 2.0 : PLOT_WIDTH * (double) iteration / last);
  }

  private static double y(double log, double[] decades) {
    double clamped = Math.max(decades[0], Math.min(decades[1], log));
    return TOP + PLOT_HEIGHT * (decades[1] - clamped) / (decades[1] - decades[0]);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A norm as the page and the plot show it: four significant digits. */
  static String value(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
