/**
 * Planning a job: cutting its files into the pieces each task reads, choosing the inputs read in
 * short runs to scatter first ({@link org.sepyarn.am.plan.ScatterPlanner}), and deciding how each
 * output is merged (concatenation, summation or triangle-taper blend).
 */
package org.sepyarn.am.plan;
