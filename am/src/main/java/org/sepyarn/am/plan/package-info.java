/**
 * Planning a job: cutting its files into the pieces each task reads, and deciding how each output
 * is merged (concatenation, summation or triangle-taper blend).
 */
package org.sepyarn.am.plan;
