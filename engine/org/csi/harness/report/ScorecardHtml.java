package org.csi.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.csi.harness.verdict.ClauseCatalog;

/** A readable, self-contained scorecard page with bilingual headings, rendered from scorecard.json. */
public final class ScorecardHtml {
    private static final Map<String, String> VERDICT_ZH = Map.of("CONFORMANT", "符合", "NON_CONFORMANT", "不符合",
            "INCOMPLETE", "无法完整判定", "NOT_DECLARED", "未声明");
    private static final Map<String, String> OUTCOME_ZH = Map.of("PASS", "通过", "FAIL", "不通过",
            "NOT_APPLICABLE", "不适用", "CANNOT_TELL", "无法判定");
    private static final Map<String, String> LEVEL_ZH = Map.of("NONE", "未达级", "L1", "L1 基础级", "L2", "L2 增强级", "L3", "L3 领先级");

    private ScorecardHtml() {}

    public static String render(JsonNode s, ClauseCatalog catalog) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>记分卡 Scorecard — ")
                .append(esc(s.path("solution").path("name").asText())).append("</title><style>")
                .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("th{background:#f3f3f3}.PASS,.CONFORMANT{background:#dff3df}.FAIL,.NON_CONFORMANT{background:#f8d7d7}")
                .append(".CANNOT_TELL,.INCOMPLETE{background:#fff1c7}.NOT_APPLICABLE,.NOT_DECLARED{color:#888}")
                .append(".big{font-size:1.6em;font-weight:bold}</style></head><body>");
        h.append("<h1>贯标记分卡 / Conformance scorecard</h1>");
        if (s.path("provisional").asBoolean(false)) {
            h.append("<p class=\"provisional\" style=\"background:#fff1c7;padding:.6em;border:1px solid #e0c060\"><b>临时记分卡 Provisional</b>：快速模式运行（csi run --quick），")
                    .append("观察窗口短于标准包的规定，不能用于认证 / a quick-mode run with shorter observation windows than the pack's; it cannot be certified.</p>");
        }
        h.append("<table><tr><th>解决方案 Solution</th><td>").append(esc(s.path("solution").path("vendor").asText()))
                .append(" — ").append(esc(s.path("solution").path("name").asText())).append(" ")
                .append(esc(s.path("solution").path("version").asText())).append("</td></tr>")
                .append("<tr><th>等级 Level</th><td class=\"big\">").append(esc(LEVEL_ZH.getOrDefault(s.path("level").asText(), s.path("level").asText())))
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
        h.append("<h2>各标准判定 / Verdict per standard</h2><table><tr><th>标准 Standard</th><th>判定 Verdict</th><th>得分 Score</th>")
                .append("<th>通过 PASS</th><th>不通过 FAIL</th><th>无法判定 CANNOT_TELL</th><th>不适用 N/A</th><th>阻断项 Blocking failures</th></tr>");
        for (JsonNode st : s.path("standards")) {
            String v = st.path("verdict").asText();
            String name = catalog.standard(st.path("id").asText()).map(x -> x.nameZh() + " / " + x.nameEn()).orElse("");
            h.append("<tr class=\"").append(v).append("\"><td><b>").append(esc(st.path("id").asText())).append("</b> ").append(esc(name))
                    .append("</td><td>").append(VERDICT_ZH.getOrDefault(v, v)).append(" ").append(v).append("</td><td>")
                    .append(st.path("score").isNull() ? "—" : st.path("score").asText()).append("</td>");
            for (String o : new String[] {"PASS", "FAIL", "CANNOT_TELL", "NOT_APPLICABLE"}) {
                h.append("<td>").append(st.path("counts").path(o).asInt()).append("</td>");
            }
            h.append("<td>").append(esc(String.join(", ", iterable(st.path("blockingFailures"))))).append("</td></tr>");
        }
        h.append("</table><h2>条款结果 / Clause outcomes</h2><table><tr><th>条款 Clause</th><th>级别 Level</th><th>结果 Outcome</th>")
                .append("<th>证据数 Evidence</th><th>原因 Reason</th></tr>");
        for (JsonNode st : s.path("standards")) {
            if (st.path("verdict").asText().equals("NOT_DECLARED")) continue;
            for (JsonNode c : st.path("clauses")) {
                String o = c.path("outcome").asText();
                String title = catalog.clause(c.path("id").asText()).map(x -> x.titleZh() + " / " + x.titleEn()).orElse("");
                h.append("<tr class=\"").append(o).append("\"><td><b>").append(esc(c.path("id").asText())).append("</b> ").append(esc(title))
                        .append("</td><td>").append(esc(c.path("level").asText())).append(c.path("profile").asText().equals("CORE") ? "" : " · " + esc(c.path("profile").asText()))
                        .append("</td><td>").append(OUTCOME_ZH.getOrDefault(o, o)).append(" ").append(o).append("</td><td>")
                        .append(c.path("evidenceCount").asInt()).append("</td><td>").append(c.path("reason").isNull() ? "" : esc(c.path("reason").asText()))
                        .append("</td></tr>");
            }
        }
        h.append("</table><p>判定规则见标准包 conformance-levels.md §1–§7 / Rules: conformance-levels.md §1–§7 of the pack.</p></body></html>\n");
        return h.toString();
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

    private static java.util.List<String> iterable(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
