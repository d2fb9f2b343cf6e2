package org.csi.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.verdict.Outcome;

/**
 * A readable, self-contained scorecard page with bilingual headings, rendered from scorecard.json: what did not pass
 * first, each with the Chinese phrase of its kind and the whole English reason, linked to its Allure test, its
 * evidence and its clause in the pack text; inline SVG charts (no script, no network) of the outcomes per standard
 * and, with earlier runs of the same solution, of the score over runs; then every standard and clause.
 */
public final class ScorecardHtml {
    private static final Map<String, String> VERDICT_ZH = Map.of("CONFORMANT", "符合", "NON_CONFORMANT", "不符合",
            "INCOMPLETE", "无法完整判定", "NOT_DECLARED", "未声明");
    private static final Map<String, String> OUTCOME_ZH = Map.of("PASS", "通过", "FAIL", "不通过",
            "NOT_APPLICABLE", "不适用", "CANNOT_TELL", "无法判定");
    private static final Map<String, String> LEVEL_ZH = Map.of("NONE", "未达级", "L1", "L1 基础级", "L2", "L2 增强级", "L3", "L3 领先级");
    private static final String[] OUTCOMES = {"PASS", "FAIL", "CANNOT_TELL", "NOT_APPLICABLE"};
    private static final Map<String, String> COLOUR = Map.of("PASS", "#66bb6a", "FAIL", "#e53935", "CANNOT_TELL", "#fbc02d", "NOT_APPLICABLE", "#bdbdbd");

    /**
     * Where a clause's links go: its Allure test (clause id → href, relative to the page) and its evidence file
     * (clause id → href); {@code history}: the scorecards of the same solution's earlier complete runs, oldest first.
     */
    public record Links(Map<String, String> allureTests, Map<String, String> evidence, List<JsonNode> history) {
        public static final Links NONE = new Links(Map.of(), Map.of(), List.of());
    }

    private ScorecardHtml() {}

    public static String render(JsonNode s, ClauseCatalog catalog) {
        return render(s, catalog, Links.NONE);
    }

    public static String render(JsonNode s, ClauseCatalog catalog, Links links) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>记分卡 Scorecard — ")
                .append(esc(s.path("solution").path("name").asText())).append("</title><style>")
                .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222;max-width:90em}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("th{background:#f3f3f3}.PASS,.CONFORMANT{background:#dff3df}.FAIL,.NON_CONFORMANT{background:#f8d7d7}")
                .append(".CANNOT_TELL,.INCOMPLETE{background:#fff1c7}.NOT_APPLICABLE,.NOT_DECLARED{color:#888}")
                .append(".big{font-size:1.6em;font-weight:bold}.reason{white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word}")
                .append(".failure{border-left:6px solid #e53935;background:#fdf0f0;padding:.6em 1em;margin:.6em 0}")
                .append(".failure.CANNOT_TELL{border-left-color:#f9a825;background:#fffbe6}.kind{font-weight:bold}")
                .append(".expired,.moot,.not-failed{color:#b71c1c;font-weight:bold}.links a{margin-right:1em}.charts{display:flex;gap:2em;flex-wrap:wrap}</style></head><body>");
        h.append("<h1>贯标记分卡 / Conformance scorecard</h1>");
        if (s.path("provisional").asBoolean(false)) {
            h.append("<p class=\"provisional\" style=\"background:#fff1c7;padding:.6em;border:1px solid #e0c060\"><b>临时记分卡 Provisional</b>：快速模式运行（csi run --quick），")
                    .append("观察窗口短于标准包的规定，不能用于认证 / a quick-mode run with shorter observation windows than the pack's; it cannot be certified.</p>");
        }
        h.append("<table><tr><th>解决方案 Solution</th><td>").append(esc(s.path("solution").path("vendor").asText()))
                .append(" — ").append(esc(s.path("solution").path("name").asText())).append(" ")
                .append(esc(s.path("solution").path("version").asText())).append("</td></tr>")
                .append("<tr><th>等级 Level</th><td class=\"big\" id=\"level\">").append(esc(LEVEL_ZH.getOrDefault(s.path("level").asText(), s.path("level").asText())))
                .append("</td></tr><tr><th>总分 Pack score</th><td class=\"big\">").append(s.path("packScore").isNull() ? "—" : s.path("packScore").asText())
                .append("</td></tr><tr><th>SHOULD 通过率 SHOULD pass rate</th><td>")
                .append(String.format("%.1f %%", s.path("shouldPassRate").asDouble() * 100))
                .append("</td></tr><tr><th>标准包 Pack</th><td>").append(esc(s.path("packVersion").asText()))
                .append("</td></tr><tr><th>运行 Run</th><td>").append(esc(s.path("runId").asText())).append("<br>")
                .append(esc(s.path("startedAt").asText())).append(" → ").append(esc(s.path("finishedAt").asText()))
                .append("</td></tr><tr><th>能力声明摘要 Capability digest</th><td><code>").append(esc(s.path("solution").path("capabilityDigest").asText()))
                .append("</code></td></tr><tr><th>测试工具 Harness</th><td>").append(esc(s.path("harness").path("name").asText())).append(" ")
                .append(esc(s.path("harness").path("version").asText())).append(", fixtures ").append(esc(s.path("harness").path("fixtureSetVersion").asText()))
                .append("</td></tr><tr><th>趋势 Trend</th><td>").append(trend(s))
                .append("</td></tr></table>");
        failures(h, s, catalog, links);
        rulings(h, s);
        h.append("<h2>图表 / Charts</h2><div class=\"charts\">").append(outcomeChart(s));
        if (!links.history().isEmpty()) h.append(scoreChart(s, links.history()));
        h.append("</div>");
        h.append("<h2>各标准判定 / Verdict per standard</h2><table><tr><th>标准 Standard</th><th>判定 Verdict</th><th>得分 Score</th>")
                .append("<th>通过 PASS</th><th>不通过 FAIL</th><th>无法判定 CANNOT_TELL</th><th>不适用 N/A</th><th>阻断项 Blocking failures</th></tr>");
        for (JsonNode st : s.path("standards")) {
            String v = st.path("verdict").asText();
            String name = catalog.standard(st.path("id").asText()).map(x -> x.nameZh() + " / " + x.nameEn()).orElse("");
            h.append("<tr class=\"").append(v).append("\"><td><b>").append(esc(st.path("id").asText())).append("</b> ").append(esc(name))
                    .append("</td><td>").append(VERDICT_ZH.getOrDefault(v, v)).append(" ").append(v).append("</td><td>")
                    .append(st.path("score").isNull() ? "—" : st.path("score").asText()).append("</td>");
            for (String o : OUTCOMES) h.append("<td>").append(st.path("counts").path(o).asInt()).append("</td>");
            h.append("<td>").append(esc(String.join(", ", iterable(st.path("blockingFailures"))))).append("</td></tr>");
        }
        h.append("</table><h2>条款结果 / Clause outcomes</h2><table id=\"clauses\"><tr><th>条款 Clause</th><th>级别 Level</th><th>结果 Outcome</th>")
                .append("<th>证据数 Evidence</th><th>原因 Reason</th></tr>");
        for (JsonNode st : s.path("standards")) {
            if (st.path("verdict").asText().equals("NOT_DECLARED")) continue;
            for (JsonNode c : st.path("clauses")) {
                String o = c.path("outcome").asText();
                String id = c.path("id").asText();
                String title = catalog.clause(id).map(x -> x.titleZh() + " / " + x.titleEn()).orElse("");
                h.append("<tr class=\"").append(o).append("\"><td><a href=\"").append(esc(AllureReport.clauseLink(st.path("id").asText(), id))).append("\"><b>")
                        .append(esc(id)).append("</b></a> ").append(esc(title))
                        .append("</td><td>").append(esc(c.path("level").asText())).append(c.path("profile").asText().equals("CORE") ? "" : " · " + esc(c.path("profile").asText()))
                        .append("</td><td>").append(OUTCOME_ZH.getOrDefault(o, o)).append(" ").append(o).append("</td><td>")
                        .append(c.path("evidenceCount").asInt()).append("</td><td class=\"reason\">").append(c.path("reason").isNull() ? "" : esc(c.path("reason").asText()))
                        .append("</td></tr>");
            }
        }
        h.append("</table><p>判定规则见标准包 conformance-levels.md §1–§7 / Rules: conformance-levels.md §1–§7 of the pack.</p></body></html>\n");
        return h.toString();
    }

    /** FAIL first (MUST before SHOULD before MAY), then CANNOT_TELL: each with its kind in Chinese, the whole reason and its links. */
    private static void failures(StringBuilder h, JsonNode s, ClauseCatalog catalog, Links links) {
        List<JsonNode[]> rows = new ArrayList<>();
        for (String wanted : new String[] {"FAIL", "CANNOT_TELL"}) {
            for (String level : new String[] {"MUST", "SHOULD", "MAY"}) {
                for (JsonNode st : s.path("standards")) {
                    if (st.path("verdict").asText().equals("NOT_DECLARED")) continue;
                    for (JsonNode c : st.path("clauses")) {
                        if (c.path("outcome").asText().equals(wanted) && c.path("level").asText().equals(level)) rows.add(new JsonNode[] {st, c});
                    }
                }
            }
        }
        List<String> notRun = new ArrayList<>();
        List<JsonNode[]> shown = new ArrayList<>();
        for (JsonNode[] r : rows) {
            String reason = r[1].path("reason").isNull() ? "" : r[1].path("reason").asText();
            if (FailureKind.of(Outcome.valueOf(r[1].path("outcome").asText()), reason) == FailureKind.NOT_RUN) notRun.add(r[1].path("id").asText());
            else shown.add(r);
        }
        h.append("<h2 id=\"failures\">需要关注：不通过与无法判定 / Needs attention: failures first (").append(shown.size()).append(")</h2>");
        if (shown.isEmpty()) h.append("<p>每个已判定的条款均通过 / Every judged clause passed.</p>");
        for (JsonNode[] r : shown) {
            JsonNode st = r[0];
            JsonNode c = r[1];
            String id = c.path("id").asText();
            String o = c.path("outcome").asText();
            String reason = c.path("reason").isNull() ? "" : c.path("reason").asText();
            FailureKind kind = FailureKind.of(Outcome.valueOf(o), reason);
            String title = catalog.clause(id).map(x -> x.titleZh() + " / " + x.titleEn()).orElse("");
            h.append("<div class=\"failure ").append(o).append("\" id=\"f-").append(esc(id)).append("\"><div><b>").append(esc(id)).append("</b> ")
                    .append(esc(title)).append(" · ").append(esc(c.path("level").asText())).append("</div><div class=\"kind\">").append(esc(kind.title()))
                    .append("</div><div class=\"reason\">").append(esc(reason)).append("</div><div class=\"links\">");
            String test = links.allureTests().get(id);
            if (test != null) h.append("<a class=\"allure\" href=\"").append(esc(test)).append("\">Allure 测试 test</a>");
            String evidence = links.evidence().get(id);
            if (evidence != null) h.append("<a class=\"evidence\" href=\"").append(esc(evidence)).append("\">证据 evidence (").append(c.path("evidenceCount").asInt()).append(")</a>");
            h.append("<a class=\"clause\" href=\"").append(esc(AllureReport.clauseLink(st.path("id").asText(), id))).append("\">条款原文 clause text</a></div></div>");
        }
        if (!notRun.isEmpty()) {
            h.append("<p class=\"not-run\"><b>无法判定 CANNOT_TELL · 未运行 not run</b> (").append(notRun.size())
                    .append("): 本次运行未选择或本版本无可执行测试 / not selected in this run, or no executable test in this harness version: ")
                    .append(esc(String.join(", ", notRun))).append("</p>");
        }
    }

    /** Stacked bars: per declared standard, its clauses by outcome. */
    private static String outcomeChart(JsonNode s) {
        List<JsonNode> standards = new ArrayList<>();
        s.path("standards").forEach(st -> {
            if (!st.path("verdict").asText().equals("NOT_DECLARED")) standards.add(st);
        });
        int max = 1;
        for (JsonNode st : standards) {
            int n = 0;
            for (String o : OUTCOMES) n += st.path("counts").path(o).asInt();
            max = Math.max(max, n);
        }
        int height = 50 + 28 * standards.size();
        StringBuilder g = new StringBuilder("<svg id=\"outcomes\" xmlns=\"http://www.w3.org/2000/svg\" width=\"620\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"outcomes per standard\"><text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"bold\">各标准条款结果 / Outcomes per standard</text>");
        int y = 26;
        for (JsonNode st : standards) {
            g.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(st.path("id").asText())).append("</text>");
            double x = 80;
            for (String o : OUTCOMES) {
                int n = st.path("counts").path(o).asInt();
                if (n == 0) continue;
                double w = 400.0 * n / max;
                g.append("<rect class=\"bar ").append(o).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(y + 2).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"20\" fill=\"").append(COLOUR.get(o)).append("\"><title>").append(esc(st.path("id").asText() + " " + o + " " + n))
                        .append("</title></rect>");
                if (w >= 14) g.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(y + 16).append("\" font-size=\"11\" text-anchor=\"middle\">").append(n).append("</text>");
                x += w;
            }
            y += 28;
        }
        int lx = 0;
        for (String o : OUTCOMES) {
            g.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"12\" height=\"12\" fill=\"").append(COLOUR.get(o)).append("\"/>")
                    .append("<text x=\"").append(lx + 16).append("\" y=\"").append(y + 16).append("\" font-size=\"11\">").append(OUTCOME_ZH.get(o)).append(" ").append(o).append("</text>");
            lx += 150;
        }
        return g.append("</svg>").toString();
    }

    /** The pack score of each earlier run and this one, oldest first. */
    private static String scoreChart(JsonNode s, List<JsonNode> history) {
        List<JsonNode> runs = new ArrayList<>(history);
        runs.add(s);
        int w = 420;
        int hgt = 200;
        StringBuilder g = new StringBuilder("<svg id=\"score-trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w + 40).append("\" height=\"").append(hgt + 50)
                .append("\" role=\"img\" aria-label=\"score over runs\"><text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"bold\">历次运行得分 / Score over runs</text>")
                .append("<line x1=\"30\" y1=\"").append(hgt + 20).append("\" x2=\"").append(w + 30).append("\" y2=\"").append(hgt + 20).append("\" stroke=\"#999\"/>")
                .append("<line x1=\"30\" y1=\"20\" x2=\"30\" y2=\"").append(hgt + 20).append("\" stroke=\"#999\"/>")
                .append("<text x=\"0\" y=\"28\" font-size=\"10\">100</text><text x=\"8\" y=\"").append(hgt + 22).append("\" font-size=\"10\">0</text>");
        StringBuilder points = new StringBuilder();
        int n = runs.size();
        for (int i = 0; i < n; i++) {
            JsonNode r = runs.get(i);
            double score = r.path("packScore").isNumber() ? r.path("packScore").asDouble() : 0;
            double x = 30 + (n == 1 ? w / 2.0 : 10 + (w - 20.0) * i / (n - 1));
            double y = 20 + hgt * (1 - score / 100);
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            g.append("<circle class=\"run\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"#1e88e5\"><title>")
                    .append(esc(r.path("runId").asText() + " · " + r.path("packScore").asText() + " · " + r.path("level").asText())).append("</title></circle>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 8)).append("\" font-size=\"10\" text-anchor=\"middle\">")
                    .append(r.path("packScore").isNumber() ? r.path("packScore").asText() : "—").append("</text>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(hgt + 36).append("\" font-size=\"9\" text-anchor=\"middle\">#").append(i + 1).append("</text>");
        }
        g.append("<polyline fill=\"none\" stroke=\"#1e88e5\" stroke-width=\"2\" points=\"").append(points.toString().strip()).append("\"/>");
        return g.append("</svg>").toString();
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private static String trend(JsonNode s) {
        JsonNode t = s.path("trend");
        if (t.isNull() || t.isMissingNode()) return "首次运行 / first run";
        if (!t.path("comparable").asBoolean()) return "上次运行使用其他标准包版本，不可比 / previous run " + esc(s.path("previousRunId").asText()) + " is on another pack version";
        return "上次运行 previous run " + esc(s.path("previousRunId").asText()) + " · 得分变化 score Δ " + (t.path("packScoreDelta").isNull() ? "—" : t.path("packScoreDelta").asText())
                + " · 等级 level " + (t.path("levelChange").isNull() ? "不变 unchanged" : esc(t.path("levelChange").asText()))
                + " · 新增不通过 newly failing: " + esc(String.join(", ", iterable(t.path("newlyFailing"))))
                + " · 新增通过 newly passing: " + esc(String.join(", ", iterable(t.path("newlyPassing"))));
    }

    private static List<String> iterable(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The assessor's rulings and the vendor's comments, each beside the outcome as measured (verdict/Rulings: they change
     * nothing above); expired, moot and misplaced ones are flagged.
     */
    private static void rulings(StringBuilder h, JsonNode s) {
        if (!s.has("rulings") && !s.has("vendorComments")) return;
        h.append("<h2>评审裁定与厂商说明 / Rulings and vendor comments</h2><p>裁定不改变任何条款结果、判定、得分或等级 / ")
                .append("A ruling changes no outcome, verdict, score or level: the outcome shown is the one measured.</p>");
        h.append("<table id=\"rulings\"><tr><th>条款 Clause</th><th>实测结果 Outcome as measured</th><th>裁定 Ruling</th><th>理由 Reason</th>")
                .append("<th>批准人 Approver</th><th>有效期至 Expiry</th><th>风险说明 Risk note</th><th>标记 Flags</th></tr>");
        for (JsonNode r : s.path("rulings")) {
            String o = r.path("outcome").asText();
            List<String> flags = new ArrayList<>();
            if (r.path("expired").asBoolean()) flags.add("<span class=\"expired\">已过期 expired</span>");
            if (r.path("moot").asBoolean()) flags.add("<span class=\"moot\">无需豁免（条款已通过） moot: the clause PASSED</span>");
            h.append("<tr class=\"ruling\" data-clause=\"").append(esc(r.path("clause").asText())).append("\"><td><b>")
                    .append(esc(r.path("clause").asText())).append("</b></td><td class=\"").append(esc(o)).append("\">").append(esc(o))
                    .append("</td><td>").append(r.path("kind").asText().equals("waiver") ? "豁免 waiver" : "裁决 adjudication")
                    .append("</td><td class=\"reason\">").append(esc(r.path("reason").asText())).append("</td><td>")
                    .append(esc(r.path("approver").asText())).append("</td><td>").append(esc(r.path("expiry").asText())).append("</td><td class=\"reason\">")
                    .append(r.path("riskNote").isNull() ? "—" : esc(r.path("riskNote").asText())).append("</td><td>")
                    .append(String.join("<br>", flags)).append("</td></tr>");
        }
        h.append("</table>");
        if (s.path("vendorComments").isEmpty()) return;
        h.append("<table id=\"vendor-comments\"><tr><th>条款 Clause</th><th>实测结果 Outcome as measured</th><th>厂商说明 Vendor comment</th>")
                .append("<th>作者 Author</th><th>标记 Flags</th></tr>");
        for (JsonNode c : s.path("vendorComments")) {
            String o = c.path("outcome").asText();
            h.append("<tr class=\"vendor-comment\" data-clause=\"").append(esc(c.path("clause").asText())).append("\"><td><b>")
                    .append(esc(c.path("clause").asText())).append("</b></td><td class=\"").append(esc(o)).append("\">").append(esc(o))
                    .append("</td><td class=\"reason\">").append(esc(c.path("comment").asText())).append("</td><td>").append(esc(c.path("author").asText()))
                    .append("</td><td>").append(c.path("notFailed").asBoolean() ? "<span class=\"not-failed\">条款未判不通过 the clause did not FAIL</span>" : "")
                    .append("</td></tr>");
        }
        h.append("</table>");
    }
}
