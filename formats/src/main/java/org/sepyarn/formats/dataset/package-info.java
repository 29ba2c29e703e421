/**
 * SEPlib/RSF datasets on any Hadoop {@code FileSystem}: opening a header and locating its binary
 * ({@code in=} in all its forms), checking the binary's size, reading windows with positional
 * reads, writing windows in place on the local file system, and writing whole datasets
 * atomically (temporary names, then renames).
 */
package org.sepyarn.formats.dataset;
