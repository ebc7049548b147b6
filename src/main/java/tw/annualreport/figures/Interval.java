package tw.annualreport.figures;

/** A closed interval of a proportion, e.g. a 95 % Wilson interval (unrounded). */
public record Interval(double lower, double upper) {

}
