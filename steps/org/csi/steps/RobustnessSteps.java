package org.csi.steps;

import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.csi.harness.checks.FormatScan;
import org.csi.harness.checks.InternalsLeak;
import org.csi.harness.http.Caller;
import org.csi.harness.support.BadBodies;
import org.csi.harness.support.Clocks;

/** GEN-06 输入健壮性, GEN-07 错误不泄露内部信息, GEN-13 时间与金额格式. */
public final class RobustnessSteps {
    private final World world;

    public RobustnessSteps(World world) {
        this.world = world;
    }

    @当("租户 {tenant} 的 {role} 以截断的 JSON 创建测试时钟")
    public void truncated(String tenant, String role) {
        world.answered(world.as(tenant, role).postRaw("/test-clocks", "application/json", BadBodies.truncated(Clocks.body("GEN-06", Clocks.t0()))));
    }

    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 以 Content-Type text/plain 创建测试时钟$")
    public void textPlain(String tenant, String role) {
        world.answered(world.as(tenant, role).postRaw("/test-clocks", "text/plain",
                Clocks.body("GEN-06", Clocks.t0()).toString().getBytes(StandardCharsets.UTF_8)));
    }

    @当("租户 {tenant} 的 {role} 以超过 maxBodyBytes 的请求体创建测试时钟")
    public void oversize(String tenant, String role) {
        long limit = world.run.declaration().maxBodyBytes() == null ? 1_048_576 : world.run.declaration().maxBodyBytes();
        world.answered(world.as(tenant, role).postRaw("/test-clocks", "application/json",
                BadBodies.paddedBeyond(Clocks.body("GEN-06", Clocks.t0()), limit)));
    }

    /** GEN-06 on the creating POSTs of other standards: what matters is the body's form, so any JSON object will do. */
    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 以截断的 JSON 提交(投保申请|事件|理赔)$")
    public void truncatedResource(String tenant, String role, String resource) {
        world.answered(world.as(tenant, role).postRaw(path(resource), "application/json", BadBodies.truncated(BadBodies.plain())));
    }

    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 以 Content-Type text/plain 提交(投保申请|事件|理赔)$")
    public void textPlainResource(String tenant, String role, String resource) {
        world.answered(world.as(tenant, role).postRaw(path(resource), "text/plain", BadBodies.plain().toString().getBytes(StandardCharsets.UTF_8)));
    }

    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 以超过 1048576 字节的合法 JSON 提交(投保申请|事件|理赔)$")
    public void oversizeResource(String tenant, String role, String resource) {
        world.answered(world.as(tenant, role).postRaw(path(resource), "application/json", BadBodies.paddedBeyond(BadBodies.plain(), 1_048_576)));
    }

    private static String path(String resource) {
        return switch (resource) {
            case "投保申请" -> "/applications";
            case "事件" -> "/incidents";
            default -> "/claims";
        };
    }

    @当("租户 {tenant} 的 {role} 以 frozenTime {string} 创建测试时钟")
    public void badTime(String tenant, String role, String frozenTime) {
        world.answered(world.as(tenant, role).post("/test-clocks", Clocks.body("GEN-06", Clocks.t0()).put("frozenTime", frozenTime)));
    }

    @当("租户 {tenant} 的 {role} 发送一组会出错的请求")
    public void provokeErrors(String tenant, String role) {
        Caller c = world.as(tenant, role);
        world.replies.add(c.get("/no-such-resource"));
        world.replies.add(c.get("/test-clocks/no-such-clock"));
        world.replies.add(c.get("/test-clocks", Map.of("cursor", "not-a-cursor")));
        world.replies.add(c.get("/test-clocks", Map.of("limit", "0")));
        world.replies.add(c.postRaw("/test-clocks", "application/json", BadBodies.truncated(Clocks.body("GEN-07", Clocks.t0()))));
        world.replies.add(c.postRaw("/test-clocks", "application/json", "{\"frozenTime\": [1, 2,".getBytes(StandardCharsets.UTF_8)));
        world.replies.add(c.postRaw("/test-clocks", "text/plain", "frozenTime=now".getBytes(StandardCharsets.UTF_8)));
        world.replies.add(c.post("/test-clocks", Clocks.body("GEN-07", Clocks.t0()).put("frozenTime", "2025-13-45T99:99:99")));
        world.replies.add(c.send("PUT", "/test-clocks"));
        if (world.run.declaration().declares("CSI-CAT")) world.replies.add(c.get("/catalog/products/%00%27%22"));
    }

    @那么("本次运行捕获的错误响应都不含内部信息")
    public void noInternals() {
        int errors = InternalsLeak.require(world.run.evidence().captured());
        world.run.evidence().artefact("GEN-07 scan", errors + " error bodies captured so far in the run were scanned; none reveals internals");
    }

    @当("租户 {tenant} 的 {role} 创建并读取测试时钟，并读取产品目录")
    public void readClocksAndProducts(String tenant, String role) {
        Caller c = world.as(tenant, role);
        String id = Clocks.create(c, "csi-GEN-13", Clocks.t0()).expectStatus(201).json().path("testClockId").asText();
        world.answered(c.get("/test-clocks/" + id).expectStatus(200));
        c.get("/test-clocks").expectStatus(200);
        if (world.run.declaration().declares("CSI-CAT")) c.get("/catalog/products", Map.of("limit", 100)).expectStatus(200);
    }

    @那么("本次运行捕获的每个时间戳都带 Z 或 ±hh:mm 偏移，每个金额都是两位小数的 CNY")
    public void formats() {
        FormatScan.Counts n = FormatScan.require(world.run.evidence().captured());
        world.run.evidence().artefact("GEN-13 scan", n.timestamps() + " timestamps and " + n.amounts() + " money values captured so far were checked");
    }
}
