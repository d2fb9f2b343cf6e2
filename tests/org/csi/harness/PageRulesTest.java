package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.csi.harness.checks.PageRules;
import org.csi.harness.http.PageWalk;
import org.csi.harness.verdict.ClauseViolation;
import org.junit.jupiter.api.Test;

/** GEN-10's page checks: a list that does not end fails with the walk's reason; a trailing empty last page is allowed. */
class PageRulesTest {
    private static JsonNode page(int items, String cursor) throws Exception {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < items; i++) data.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\"}");
        return new ObjectMapper().readTree("{\"data\":[" + data + "],\"nextCursor\":" + (cursor == null ? "null" : "\"" + cursor + "\"") + "}");
    }

    @Test
    void aListThatDoesNotEndFailsWithTheReasonTheWalkStopped() throws Exception {
        PageWalk endless = new PageWalk(List.of(page(10, "a"), page(0, "a")), "GET /applications does not end: page 2 is empty but still carries a nextCursor");
        ClauseViolation v = assertThrows(ClauseViolation.class, () -> PageRules.requireLastCursorNull(endless));
        assertEquals(endless.unending(), v.getMessage());
        assertThrows(ClauseViolation.class, () -> PageRules.requireSizes(endless, List.of(10)));
    }

    @Test
    void pagesOfTenTenAndFiveWithOrWithoutATrailingEmptyPage() throws Exception {
        PageRules.requireSizes(new PageWalk(List.of(page(10, "a"), page(10, "b"), page(5, null)), null), List.of(10, 10, 5));
        PageRules.requireSizes(new PageWalk(List.of(page(10, "a"), page(10, "b"), page(5, "c"), page(0, null)), null), List.of(10, 10, 5));
        assertThrows(ClauseViolation.class, () -> PageRules.requireSizes(new PageWalk(List.of(page(10, "a"), page(15, null)), null), List.of(10, 10, 5)));
    }
}
