package org.qantar.shell.input;

import org.qantar.shell.errors.UsageException;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell would, minus expansion: blanks separate
 * words; single quotes keep everything literally; double quotes keep blanks, and a backslash in
 * them escapes {@code "} and {@code \}; outside quotes a backslash escapes the next character;
 * an unquoted {@code #} at the start of a word begins a comment that runs to the end of the line.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The words of {@code line}; empty for a blank or comment-only line. */
    public static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new UsageException("unclosed ' quote in: " + line.strip());
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < n && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                        word.append(line.charAt(i + 1));
                        i += 2;
                    } else if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw new UsageException("unclosed \" quote in: " + line.strip());
                }
                inWord = true;
            } else if (c == '\\' && i + 1 < n) {
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
