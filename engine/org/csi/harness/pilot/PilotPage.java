package org.csi.harness.pilot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.verdict.ClauseCatalog;

/**
 * The regulator's page: self-contained HTML with inline SVG charts (no script, no network), Chinese and English
 * headings: level distribution, the solution × standard matrix coloured by verdict, the most failed clauses,
 * median scores per standard and each solution's trend.
 */
public final class PilotPage {
    /** In this order, every time: the legend reads the same from one page to the next. */
    private static final Map<String, String> COLOUR = ordered("CONFORMANT", "#4caf50", "NON_CONFORMANT", "#e53935",
            "INCOMPLETE", "#fbc02d", "NOT_DECLARED", "#e0e0e0");
    private static final Map<String, String> LEVEL_ZH = Map.of("NONE", "未达级", "L1", "L1 基础级", "L2", "L2 增强级", "L3", "L3 领先级");

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
    private static final Map<String, String> VERDICT_ZH = Map.of("CONFORMANT", "符合", "NON_CONFORMANT", "不符合",
            "INCOMPLETE", "无法完整判定", "NOT_DECLARED", "未声明");

    private PilotPage() {}

    public static String render(JsonNode p) {
        ClauseCatalog catalog = ClauseCatalog.load();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>贯标试点记分卡 Pilot scorecard — ")
                .append(esc(p.path("pilotId").asText())).append("</title><style>")
                .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px;color:#222}")
                .append("h1{margin-bottom:4px}.sub{color:#666;margin-bottom:20px}.row{display:flex;gap:32px;flex-wrap:wrap}")
                .append(".card{border:1px solid #ddd;border-radius:6px;padding:12px 16px;margin-bottom:20px}")
                .append("table.m{border-collapse:collapse}table.m td,table.m th{border:1px solid #fff;padding:6px 10px;text-align:center}")
                .append("table.m th{background:#37474f;color:#fff}table.m td.name{text-align:left;background:#f5f5f5}")
                .append(".up{color:#2e7d32}.down{color:#c62828}.legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:3px}")
                .append("</style></head><body>");
        h.append("<h1 id=\"title\">贯标试点记分卡 / Pilot scorecard</h1><div class=\"sub\">")
                .append(esc(p.path("pilotId").asText())).append(" · 标准包 pack ").append(esc(p.path("packVersion").asText()))
                .append(" · 生成于 generated ").append(esc(p.path("generatedAt").asText())).append(" · ")
                .append(p.path("solutions").size()).append(" 个方案 solutions</div>");
        h.append("<div class=\"card\"><h2>方案 × 标准矩阵 / Solution × standard matrix</h2><div class=\"legend\">");
        COLOUR.forEach((v, c) -> h.append("<span style=\"background:").append(c).append("\">").append(VERDICT_ZH.get(v)).append(" ").append(v).append("</span>"));
        h.append("</div><table class=\"m\" id=\"matrix\"><tr><th>方案 Solution</th><th>等级 Level</th><th>总分 Score</th><th>趋势 Trend</th>");
        List<String> standards = new ArrayList<>();
        catalog.standards().forEach(s -> standards.add(s.id()));
        standards.forEach(s -> h.append("<th>").append(s).append("</th>"));
        h.append("</tr>");
        for (JsonNode s : p.path("solutions")) {
            String key = s.path("solutionKey").asText();
            String shown = s.path("displayName").asText();
            // A solution shown by its key (no consent to publish its name) is named once, not "S-02 S-02".
            h.append("<tr><td class=\"name\"><b>").append(esc(key)).append("</b>").append(shown.isEmpty() || shown.equals(key) ? "" : " " + esc(shown))
                    .append(s.path("provisional").asBoolean(false) ? " <i class=\"provisional\">(临时 provisional: quick mode)</i>" : "")
                    .append("</td><td class=\"level\">").append(esc(LEVEL_ZH.getOrDefault(s.path("level").asText(), s.path("level").asText())))
                    .append("</td><td>").append(number(s.path("packScore")))
                    .append("</td><td>").append(trend(s.path("trend"))).append(sparkline(key, s.path("history"))).append("</td>");
            Map<String, JsonNode> cells = new LinkedHashMap<>();
            s.path("matrix").forEach(c -> cells.put(c.path("standard").asText(), c));
            for (String id : standards) {
                JsonNode c = cells.get(id);
                String v = c == null ? "NOT_DECLARED" : c.path("verdict").asText();
                String title = v + (c != null && c.path("blockingFailures").size() > 0 ? " · 阻断项 blocking: " + join(c.path("blockingFailures")) : "")
                        + (c != null ? " · 证据 evidence " + c.path("evidenceCount").asInt() : "");
                h.append("<td class=\"cell ").append(v).append("\" title=\"").append(esc(title)).append("\" style=\"background:").append(COLOUR.get(v)).append("\">")
                        .append(c == null || v.equals("NOT_DECLARED") ? "—" : number(c.path("score")));
                if (c != null && c.path("blockingFailures").size() > 0) h.append("<br><small>").append(esc(join(c.path("blockingFailures")))).append("</small>");
                h.append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table></div>");
        h.append("<div class=\"row\"><div class=\"card\"><h2>等级分布 / Level distribution</h2>").append(levelChart(p.path("summary").path("levelCounts")))
                .append("</div><div class=\"card\"><h2>各标准中位得分 / Median score per standard</h2>").append(medianChart(p.path("summary").path("perStandard")))
                .append("</div><div class=\"card\"><h2>最常不通过的条款 / Most failed clauses</h2>").append(failChart(p.path("summary").path("topFailingClauses"), catalog))
                .append("</div></div>");
        h.append("<p class=\"sub\">记分卡为试点奖励提供参考，不决定奖励 / The scorecard informs pilot rewards but does not decide them. ")
                .append("未同意公开的方案以编号显示 / Solutions without consent to publish are shown by key in published copies.</p></body></html>\n");
        return h.toString();
    }

    private static String levelChart(JsonNode counts) {
        String[] levels = {"NONE", "L1", "L2", "L3"};
        String[] names = {"未达级", "L1 基础级", "L2 增强级", "L3 领先级"};
        int max = 1;
        for (String l : levels) max = Math.max(max, counts.path(l).asInt());
        StringBuilder s = new StringBuilder("<svg id=\"levels\" width=\"360\" height=\"200\" role=\"img\" aria-label=\"level distribution\">");
        for (int i = 0; i < levels.length; i++) {
            int n = counts.path(levels[i]).asInt();
            int height = (int) Math.round(140.0 * n / max);
            int x = 20 + i * 85;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(160 - height).append("\" width=\"60\" height=\"").append(height)
                    .append("\" fill=\"").append(i == 0 ? "#90a4ae" : "#42a5f5").append("\"/>")
                    .append("<text x=\"").append(x + 30).append("\" y=\"").append(155 - height).append("\" text-anchor=\"middle\" font-size=\"14\">").append(n).append("</text>")
                    .append("<text x=\"").append(x + 30).append("\" y=\"182\" text-anchor=\"middle\" font-size=\"12\">").append(names[i]).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String medianChart(JsonNode perStandard) {
        StringBuilder s = new StringBuilder("<svg id=\"medians\" width=\"460\" height=\"").append(30 + 26 * Math.max(1, perStandard.size()))
                .append("\" role=\"img\" aria-label=\"median scores\">");
        int y = 10;
        for (JsonNode st : perStandard) {
            double median = st.path("medianScore").asDouble(0);
            int w = (int) Math.round(220 * median / 100);
            s.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(st.path("standard").asText())).append("</text>")
                    .append("<rect x=\"80\" y=\"").append(y + 2).append("\" width=\"").append(w).append("\" height=\"18\" fill=\"#66bb6a\"/>")
                    .append("<text x=\"").append(86 + w).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(number(st.path("medianScore"))).append(" (").append(st.path("conformant").asInt()).append("/").append(st.path("declared").asInt())
                    .append(" 符合)</text>");
            y += 26;
        }
        return s.append("</svg>").toString();
    }

    private static String failChart(JsonNode top, ClauseCatalog catalog) {
        if (top.isEmpty()) return "<p>没有不通过的条款 / No clause failed.</p>";
        int max = top.get(0).path("failCount").asInt();
        StringBuilder s = new StringBuilder("<svg id=\"fails\" width=\"420\" height=\"").append(20 + 26 * top.size()).append("\" role=\"img\" aria-label=\"most failed clauses\">");
        int y = 10;
        for (JsonNode f : top) {
            String id = f.path("id").asText();
            int w = (int) Math.round(200.0 * f.path("failCount").asInt() / max);
            String title = catalog.clause(id).map(c -> c.titleZh()).orElse("");
            s.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(id + " " + title)).append("</text>")
                    .append("<rect x=\"170\" y=\"").append(y + 2).append("\" width=\"").append(w).append("\" height=\"18\" fill=\"#ef5350\"/>")
                    .append("<text x=\"").append(176 + w).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(f.path("failCount").asInt()).append("</text>");
            y += 26;
        }
        return s.append("</svg>").toString();
    }

    /** The pack score of every recorded run of the solution, oldest first, as a small line; nothing for a single run. */
    private static String sparkline(String key, JsonNode history) {
        if (history == null || history.size() < 2) return "";
        int w = 120;
        int h = 28;
        StringBuilder pts = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            JsonNode r = history.get(i);
            double score = r.path("packScore").isNumber() ? r.path("packScore").asDouble() : 0;
            double x = 4 + (w - 8.0) * i / (history.size() - 1);
            double y = 4 + (h - 8) * (1 - score / 100);
            String xy = String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y);
            pts.append(xy).append(' ');
            dots.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#1e88e5\"><title>", x, y))
                    .append(esc(r.path("runId").asText() + " · " + number(r.path("packScore")) + " · " + LEVEL_ZH.getOrDefault(r.path("level").asText(), r.path("level").asText())))
                    .append("</title></circle>");
        }
        return "<br><svg class=\"history\" id=\"history-" + esc(key) + "\" width=\"" + w + "\" height=\"" + h + "\" role=\"img\" aria-label=\"score over "
                + history.size() + " runs\"><polyline fill=\"none\" stroke=\"#1e88e5\" stroke-width=\"1.5\" points=\"" + pts.toString().strip() + "\"/>" + dots
                + "</svg><small> " + history.size() + " 次运行 runs</small>";
    }

    private static String trend(JsonNode t) {
        if (t == null || t.isNull() || t.isMissingNode()) return "首次 first run";
        StringBuilder s = new StringBuilder();
        if (t.path("packScoreDelta").isNumber()) {
            double d = t.path("packScoreDelta").asDouble();
            s.append("<span class=\"").append(d >= 0 ? "up" : "down").append("\">").append(d > 0 ? "▲ +" : d < 0 ? "▼ " : "■ ").append(d).append("</span>");
        }
        if (t.path("levelChange").isTextual()) s.append(" ").append(esc(t.path("levelChange").asText()));
        return s.length() == 0 ? "—" : s.toString();
    }

    private static String number(JsonNode n) {
        return n == null || !n.isNumber() ? "—" : n.asText();
    }

    private static String join(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return String.join(", ", out);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
