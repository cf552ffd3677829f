package org.qantar.rules.compare;

import org.qantar.model.Position;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge base's self-consistency check: each article, given the drivers it itself asserts
 * as the only assumptions and with the lens on its own voice alone, should reproduce its own
 * outcome positions. An outcome is reproduced when it comes out SUPPORTED with the article's
 * value; contested, plausible, open or the opposite value are misses.
 *
 * @param articles one per voice, in registry order
 */
public record Replay(List<ArticleReplay> articles) {

    /** The share of its own outcome positions every article should reproduce (the knowledge base's bar). */
    public static final double BAR = 0.6;

    public Replay {
        articles = List.copyOf(articles);
    }

    /** The articles reproducing less than {@link #BAR} of their outcome positions, in registry order. */
    public List<ArticleReplay> belowBar() {
        return articles.stream().filter(a -> a.share() < BAR).toList();
    }

    /** Replays every article of {@code kb} with {@code evaluator}. */
    public static Replay of(KnowledgeBase kb, Evaluator evaluator) {
        List<ArticleReplay> replays = new ArrayList<>();
        for (Article a : new Articles(kb).all()) {
            replays.add(replay(a, evaluator));
        }
        return new Replay(replays);
    }

    /** Replays one article: its assumptions, its lens, its outcome positions. */
    public static ArticleReplay replay(Article article, Evaluator evaluator) {
        // A reprint has no claims of its own: the voice's source carries them.
        Evaluation e = evaluator.evaluate(article.assumptions(), List.of(article.source()));
        List<String> missing = new ArrayList<>();
        for (Position p : article.outcomes()) {
            PropositionStatus s = e.status(p.proposition()).orElse(null);
            boolean reproduced = s != null && s.status() == Status.SUPPORTED && s.value() == p.value();
            if (!reproduced) {
                missing.add(p.proposition());
            }
        }
        int total = article.outcomes().size();
        return new ArticleReplay(article.source(), total - missing.size(), total, missing, e);
    }
}
