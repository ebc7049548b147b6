package tw.annualreport.report.document;

/** Horizontal alignment of a PDF table column (sheets align text left and numbers right). */
public enum Align {

	LEFT, CENTER, RIGHT

}
