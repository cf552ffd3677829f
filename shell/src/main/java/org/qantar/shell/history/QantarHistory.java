package org.qantar.shell.history;

import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * JLine's history with the file left to {@link HistoryFile}: JLine keeps the lines in memory
 * (recall, search, its ignore rules), and each line it accepts is appended by {@code HistoryFile}.
 * The file is the one Spring Shell names in the reader's {@link LineReader#HISTORY_FILE} variable;
 * when Spring Shell's history is off (the command tests), nothing touches the disk.
 */
public final class QantarHistory extends DefaultHistory {

    private final Clock clock;
    private HistoryFile file;

    public QantarHistory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void attach(LineReader reader) {
        Object configured = reader.getVariable(LineReader.HISTORY_FILE);
        // JLine must not open the file itself: it would follow links and block on a FIFO.
        reader.getVariables().remove(LineReader.HISTORY_FILE);
        super.attach(reader);
        if (configured != null && file == null) {
            file = new HistoryFile(Path.of(configured.toString()), clock);
            for (HistoryFile.Entry e : file.load()) {
                super.add(e.time(), e.line());
            }
        }
    }

    @Override
    public void add(Instant time, String line) {
        int before = last();
        super.add(time, line);
        // JLine's ignore rules (duplicates, a leading space) may have refused the line.
        if (file != null && last() != before) {
            file.append(new HistoryFile.Entry(time, get(last())));
        }
    }

    /** Each line is written as it is added; JLine's own save (at exit, after each line) has nothing to do. */
    @Override
    public void save() {
    }

    /** What went wrong with the file since the last call, one line each. */
    public List<String> takeNotices() {
        return file == null ? List.of() : file.takeNotices();
    }
}
