/**
 * Spreadsheet exports: one writer of CSV cells and lines for every export (the learning register, the
 * annual report), so the quoting and the guard against formulas are written once.
 */
@NamedInterface("csv")
package org.iowscb.learningloop.platform.csv;

import org.springframework.modulith.NamedInterface;
