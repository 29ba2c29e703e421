/**
 * Merging the outputs of a job's pieces into one dataset: concatenation along the split axis,
 * summation of "copy" outputs, and triangle-taper blending of overlapping patches. Pieces are read
 * only through {@link org.sepyarn.formats.dataset.WindowSource}; the output is written in storage
 * order to a stream, slab by slab, so memory stays bounded whatever the size of the output.
 */
package org.sepyarn.formats.merge;
