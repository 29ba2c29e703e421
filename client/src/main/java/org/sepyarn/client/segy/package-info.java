/**
 * SEG-Y in and out of sepyarn: {@code sepyarn import segy} as a YARN job whose tasks each convert
 * a range of whole traces into a piece of a SEP3D dataset, joined in place by the engine
 * ({@link org.sepyarn.client.segy.SegyImportJob}, {@link org.sepyarn.client.segy.SegyPieceMain}),
 * and {@code sepyarn export segy}, written by the client.
 */
package org.sepyarn.client.segy;
