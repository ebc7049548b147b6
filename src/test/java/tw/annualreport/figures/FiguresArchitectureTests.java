package tw.annualreport.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresArchitectureTests {

	@Test
	void theStatisticsLibraryIsFreeOfSpring() throws IOException {
		Path sources = Path.of("src/main/java/tw/annualreport/figures");
		try (Stream<Path> files = Files.walk(sources)) {
			List<Path> offenders = files.filter((p) -> p.toString().endsWith(".java")).filter((p) -> {
				try {
					return Files.readString(p).contains("org.springframework");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(offenders).isEmpty();
		}
	}

}
