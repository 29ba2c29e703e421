/**
 * SEPlib and Madagascar history files: parsing {@code key=value} text into an ordered parameter
 * table (later definitions override earlier ones, {@code par=} includes through a callback),
 * typed getters whose errors name the file, appending a program's section, and reading or
 * writing the axes of a {@link org.sepyarn.formats.geometry.Hypercube}. Pure Java with no
 * Hadoop types, so small programs can use it with only the sepyarn jar on the class path.
 */
package org.sepyarn.formats.history;
