/**
 * SEP3D (irregular) datasets: a trace dataset whose history names a header dataset
 * ({@code hff=}: one record of 4-byte keys per trace) and optionally a grid ({@code gff=}:
 * {@code xdr_int} cells holding 1-based header record numbers). Opening and checking the three
 * files, reading header records and traces by record number with bounded memory, and writing
 * SEP3D datasets atomically.
 */
package org.sepyarn.formats.sep3d;
