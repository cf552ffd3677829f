package org.qantar.rules;

/**
 * The shipped knowledge base's engine, loaded once for every test class of a test run that needs
 * it (an {@link Engine} holds no scenario state: each test makes its own scenarios). Safe to ask
 * from a parameterised test's argument source, before or after {@code @BeforeAll}.
 */
public final class ShippedEngine {

    private ShippedEngine() {
    }

    private static final class Holder {
        static final Engine ENGINE = Engine.load();
    }

    public static Engine get() {
        return Holder.ENGINE;
    }
}
