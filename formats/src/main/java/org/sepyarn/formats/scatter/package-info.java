/**
 * Scattering an input before the tasks read it: when every task reads a short run of each row of
 * an input (a split or patches along its fastest axis), reading each task's window from the
 * dataset takes one positional read per run, each a round trip to a data node. Instead, scatter
 * tasks each read one slab of the input along its slowest non-unit axis in one sequential pass and
 * write, for every task, the part of that task's window the slab holds; a task then reads its
 * window as its parts one after the other. {@link ScatterRule} says when an input is scattered,
 * {@link ScatterLayout} cuts it into slabs and parts.
 */
package org.sepyarn.formats.scatter;
