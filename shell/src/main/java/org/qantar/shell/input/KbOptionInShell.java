package org.qantar.shell.input;

import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.shell.errors.UsageException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code --kb DIR} on a line typed in the shell or read from a script. On the command line it
 * chooses the process's knowledge base before anything starts ({@code EngineLoader.takeKbOption});
 * inside a session the knowledge base is already open, so the option is accepted only when it names
 * the one in use (a script written for it runs unchanged), and otherwise refused with one line
 * saying how to switch: {@code kb use DIR}, which also re-evaluates the session there.
 */
public final class KbOptionInShell {

    private KbOptionInShell() {
    }

    /**
     * @param words  a command's words
     * @param inUse  the knowledge base the session is on
     * @return the words without {@code --kb} and its value
     * @throws UsageException when {@code --kb} has no value or names another knowledge base
     */
    public static List<String> strip(List<String> words, Supplier<KnowledgeBaseSource> inUse) {
        List<String> rest = new ArrayList<>(words.size());
        String chosen = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--kb")) {
                if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                    throw new UsageException("--kb needs a knowledge-base directory, or shipped");
                }
                chosen = words.get(++i);
            } else if (w.startsWith("--kb=")) {
                chosen = w.substring("--kb=".length());
            } else {
                rest.add(w);
            }
        }
        if (chosen == null) {
            return words;
        }
        KnowledgeBaseSource current = inUse.get();
        if (!KnowledgeBaseSource.of(chosen).equals(current)) {
            throw new UsageException("--kb chooses the knowledge base when qantar starts; in the shell, switch with: kb use "
                    + chosen + " (in use: " + (current == null ? "?" : current.name()) + ")");
        }
        return rest;
    }
}
