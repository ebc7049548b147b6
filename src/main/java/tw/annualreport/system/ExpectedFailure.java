package tw.annualreport.system;

/**
 * An exception whose message is the whole story for the officer (e.g. data refused with every
 * reason): logged as one line, never with a stack trace ({@link ExpectedFailureLogFilter}).
 */
public interface ExpectedFailure {

}
