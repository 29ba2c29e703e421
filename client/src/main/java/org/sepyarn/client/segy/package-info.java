/**
 * SEG-Y in and out of sepyarn, both as YARN jobs whose tasks each handle a range of whole traces:
 * {@code sepyarn import segy} converts its traces into a piece of a SEP3D dataset, joined in place
 * by the engine ({@link org.sepyarn.client.segy.SegyImportJob},
 * {@link org.sepyarn.client.segy.SegyPieceMain}); {@code sepyarn export segy} writes their SEG-Y
 * bytes, joined in place by the engine, then the file headers joined in front and the file renamed
 * into place by the client ({@link org.sepyarn.client.segy.SegyExportJob},
 * {@link org.sepyarn.client.segy.ExportPieceMain}, {@link org.sepyarn.client.segy.SegyExportFinish}).
 */
package org.sepyarn.client.segy;
