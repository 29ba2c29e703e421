package org.sepyarn.formats.inversion.flow;

import java.util.List;

/** A linear operator applied by adding steps to a solve's flow. */
interface FlowOperator {
  /** Adds the steps of {@code L in} for stage {@code stage} (a name prefix); returns where the result is. */
  FlowVector forward(FlowVector in, String stage);

  /** Adds the steps of {@code L' in}; returns where the result is. */
  FlowVector adjoint(FlowVector in, String stage);

  /** How the vector arithmetic on the model space is cut. */
  Layout modelLayout();

  /** How the vector arithmetic on each part of the data space is cut. */
  List<Layout> dataLayouts();
}
