/**
 * Splitting irregular (SEP3D) data by header keys with overlap, without sorting, as SEP's
 * {@code pf_irreg} did: the blocks' ranges in key units, each widened by an overlap, and the
 * header records whose keys fall in each widened block, found in one pass over the keys.
 */
package org.sepyarn.formats.irregular;
