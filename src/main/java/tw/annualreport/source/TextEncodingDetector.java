package tw.annualreport.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the encoding of a CSV file among those met in practice: UTF-8 with or without BOM,
 * UTF-16 with BOM, and Big5/CP950 (what Excel writes on a zh-TW Windows). Without a BOM the file
 * is decoded strictly, whole, as UTF-8 and then as CP950; the first that decodes without error
 * and without NUL characters wins. Streaming: memory does not grow with the file.
 */
public final class TextEncodingDetector {

	/** Java's name for Microsoft's Big5 variant (CP950), a superset of Big5 used by Excel. */
	public static final Charset BIG5 = Charset.forName("x-windows-950");

	private static final List<Charset> WITHOUT_BOM = List.of(StandardCharsets.UTF_8, BIG5);

	private TextEncodingDetector() {
	}

	/** The detected encoding and how many BOM bytes to skip. */
	public record Detected(Charset charset, int bomLength) {
	}

	public static Detected detect(Path file) throws IOException {
		byte[] head = new byte[4];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, 4);
		}
		if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new Detected(StandardCharsets.UTF_8, 3);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Detected(StandardCharsets.UTF_16LE, 2);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Detected(StandardCharsets.UTF_16BE, 2);
		}
		if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
			throw new SourceFileException(RejectReason.FILE_ENCODING, "這是 Excel 活頁簿，不是 CSV 文字檔，請另存為 .xlsx 或 CSV");
		}
		for (Charset charset : WITHOUT_BOM) {
			if (decodesCleanly(file, charset)) {
				return new Detected(charset, 0);
			}
		}
		throw new SourceFileException(RejectReason.FILE_ENCODING,
				"內容不是 UTF-8、UTF-16（含 BOM）或 Big5，請以「CSV UTF-8」另存後再匯入");
	}

	/** A strict reader positioned after the BOM: a malformed byte later fails loudly. */
	public static Reader open(Path file, Detected detected) throws IOException {
		InputStream in = Files.newInputStream(file);
		in.skipNBytes(detected.bomLength());
		return new InputStreamReader(in, detected.charset().newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	private static boolean decodesCleanly(Path file, Charset charset) throws IOException {
		try (Reader reader = open(file, new Detected(charset, 0))) {
			char[] buffer = new char[8192];
			int read;
			while ((read = reader.read(buffer)) != -1) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\u0000') {
						return false;
					}
				}
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
