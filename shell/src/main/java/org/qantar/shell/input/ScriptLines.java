package org.qantar.shell.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a script, read one at a time as the script runs (never the whole file at once:
 * {@code script /dev/zero} or an endless pipe must not exhaust memory), each decoded as strict
 * UTF-8. A line longer than {@link #MAX_LINE_BYTES}, or bytes that are not UTF-8, end the reading
 * with a {@link Problem} naming the line.
 */
public final class ScriptLines implements Closeable {

    /** The longest line read: a session file holds at most 1 MiB anyway. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    /** Why a script cannot be read further, with the 1-based number of the line concerned. */
    public static final class Problem extends IOException {
        private final int line;

        Problem(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int number;

    public ScriptLines(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /** The number of the line {@link #next()} returned last (1-based). */
    public int number() {
        return number;
    }

    /** The next line without its line break, or null at the end. */
    public String next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int read = 0;
        int b;
        while ((b = in.read()) != -1) {
            read++;
            if (b == '\n') {
                break;
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new Problem(number + 1, "line " + (number + 1) + " is longer than 1 MiB (is it a script?)");
            }
            line.write(b);
        }
        if (read == 0) {
            return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new Problem(number, "line " + number + " is not UTF-8 text (is it a script?)");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
