package tw.annualreport.console.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Where {@code --add-user} reads the password when {@value NewAccount#PASSWORD_VARIABLE} is not set:
 * typed at a terminal without echo, twice; else (a pipe, a script) the first line of standard input.
 */
@FunctionalInterface
public interface PasswordInput {

	/** @return the password, or null when none was given */
	String read();

	/** A terminal when there is one ({@link System#console()}), else standard input. */
	static PasswordInput of(Console console, InputStream stdin) {
		return terminal(console) ? typed(console::readPassword) : firstLine(stdin);
	}

	/**
	 * Whether the console is a terminal someone types at: from Java 22 {@link System#console()} is
	 * there when the input is a pipe too, and {@code isTerminal()} tells (looked up, the build targets 17).
	 */
	private static boolean terminal(Console console) {
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (NoSuchMethodException ex) {
			// before Java 22 there is a console only at a terminal
			return true;
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

	/**
	 * Typed without echo and typed again.
	 * @param prompt shows a prompt and reads a line without echo ({@link Console#readPassword(String, Object...)})
	 */
	static PasswordInput typed(Function<String, char[]> prompt) {
		return () -> {
			char[] first = prompt.apply("密碼（輸入時不會顯示）：");
			if (first == null) {
				return null;
			}
			char[] again = prompt.apply("再輸入一次密碼：");
			try {
				if (again == null || !Arrays.equals(first, again)) {
					throw new IllegalArgumentException("兩次輸入的密碼不同，帳號未建立，請再執行一次");
				}
				return new String(first);
			}
			finally {
				Arrays.fill(first, ' ');
				if (again != null) {
					Arrays.fill(again, ' ');
				}
			}
		};
	}

	/** The first line of standard input, trimmed. */
	static PasswordInput firstLine(InputStream stdin) {
		return () -> {
			try {
				String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
				return line == null ? null : line.strip();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

}
