package org.qantar.rules.drools;

/**
 * The two strata of evaluation. Every claim rule matches once per stratum: its premises are
 * read in that stratum and its conclusion is recorded in it. Both strata are inserted as facts.
 */
public enum Stratum {
    /** Credulous: what the sources' reasoning makes possible. Monotone; unless-defeaters ignored. */
    POSSIBLE,
    /** Skeptical: what is established; reads the possible stratum only negatively. */
    ESTABLISHED
}
