/**
 * SEG-Y rev1 files (big-endian): the textual (EBCDIC) and binary file headers, the 240-byte trace
 * headers with the standard fields as named keys, IBM and IEEE float samples, the byte range of
 * whole traces each of several tasks converts, and serial converters between SEG-Y and SEP3D or
 * regular datasets.
 */
package org.sepyarn.formats.segy;
