package tw.annualreport.job;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tw.annualreport.AnnualReportApplication;

/**
 * Runs the command line in this JVM the way {@code AnnualReportApplication.main} does, but
 * returns the exit code instead of calling {@code System.exit}, with what it printed on
 * standard output and standard error (log lines included).
 */
public final class InProcessCommandLine {

	private InProcessCommandLine() {
	}

	/** The outcome of one command line. */
	public record Result(int exitCode, String out, String err) {

		public List<String> outLines() {
			return out.lines().toList();
		}

		/** The last non-blank line of standard error: the one-line reason of a failure. */
		public String lastErrorLine() {
			List<String> lines = err.lines().filter((l) -> !l.isBlank()).toList();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
		}

	}

	public static Result run(String... args) {
		return runWith(new Class<?>[0], args);
	}

	/** The command line with more sources of beans in its application context (test configuration). */
	public static synchronized Result runWith(Class<?>[] extraSources, String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new Tee(out, originalOut), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(new Tee(err, originalErr), true, StandardCharsets.UTF_8));
		int exitCode;
		try {
			Class<?>[] sources = new Class<?>[extraSources.length + 1];
			sources[0] = AnnualReportApplication.class;
			System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
			// the arguments main gives Spring: the auto-configurations the command does not use left out
			ConfigurableApplicationContext context = SpringApplication.run(sources,
					AnnualReportApplication.startArguments(Arrays.copyOf(args, args.length)));
			exitCode = SpringApplication.exit(context);
		}
		finally {
			System.out.flush();
			System.err.flush();
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
		return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Keeps what is written and still shows it in the test log. */
	private static final class Tee extends OutputStream {

		private final ByteArrayOutputStream copy;

		private final OutputStream through;

		Tee(ByteArrayOutputStream copy, OutputStream through) {
			this.copy = copy;
			this.through = through;
		}

		@Override
		public void write(int b) {
			this.copy.write(b);
			try {
				this.through.write(b);
			}
			catch (java.io.IOException ex) {
				// the test log is best effort
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.copy.write(b, off, len);
			try {
				this.through.write(b, off, len);
			}
			catch (java.io.IOException ex) {
				// the test log is best effort
			}
		}

		@Override
		public void flush() throws java.io.IOException {
			this.through.flush();
		}

	}

}
