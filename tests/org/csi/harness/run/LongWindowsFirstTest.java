package org.csi.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.core.gherkin.Pickle;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long-window scenarios go to Cucumber's threads first, the rest keep their order; one extra thread per long window. */
class LongWindowsFirstTest {
    private static Pickle pickle(String name, String... tags) {
        return (Pickle) Proxy.newProxyInstance(Pickle.class.getClassLoader(), new Class<?>[] {Pickle.class}, (p, m, a) -> switch (m.getName()) {
            case "getTags" -> List.of(tags);
            case "getName", "toString" -> name;
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == a[0];
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    @Test
    void longWindowsStartFirstAndTheRestKeepTheirOrder() {
        List<Pickle> in = List.of(pickle("a", "@CSI-CAT"), pickle("mon06", "@MON-06", "@long-window"), pickle("b"), pickle("mon10", "@long-window"), pickle("c"));
        assertEquals(List.of("mon06", "mon10", "a", "b", "c"), new LongWindowsFirst().orderPickles(in).stream().map(Pickle::getName).toList());
    }

    @Test
    void eachLongWindowGetsAThreadOfItsOwnUpToACap() {
        assertEquals(2, LongWindowsFirst.threads(2, 0));
        assertEquals(4, LongWindowsFirst.threads(2, 2));
        assertEquals(2 + LongWindowsFirst.MAX_EXTRA_THREADS, LongWindowsFirst.threads(2, 40));
        assertEquals(2, LongWindowsFirst.threads(0, 1));
    }
}
