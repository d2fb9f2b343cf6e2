package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.List;
import java.util.Map;
import org.csi.harness.checks.ClauseViolation;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.support.Clocks;
import org.csi.harness.support.PageWalk;

/** GEN-04 租户隔离 on test clocks, the tenant-owned resource every solution has. */
public final class IsolationSteps {
    private final World world;

    public IsolationSteps(World world) {
        this.world = world;
    }

    @当("租户 {word} 的 {word} 读取、推进并删除该测试时钟")
    public void otherTenantTouches(String tenant, String role) {
        Caller other = world.run.as(tenant, role);
        String path = "/test-clocks/" + world.clockId();
        world.replies.add(other.get(path));
        world.replies.add(Clocks.advance(other, world.clockId(), Clocks.t0().plusDays(1)));
        world.replies.add(other.delete(path));
    }

    @那么("每个响应都是 403 或 404，且不含该测试时钟的名称")
    public void allRefused() {
        for (Reply r : world.replies) {
            r.expectStatus(403, 404);
            ClauseViolation.require(r.body() == null || !r.body().contains(world.clockName), r.describe() + " reveals the other tenant's clock name");
        }
    }

    @那么("租户 {word} 的 {word} 看到该测试时钟没有变化")
    public void unchanged(String tenant, String role) {
        JsonNode now = world.run.as(tenant, role).get("/test-clocks/" + world.clockId()).expectStatus(200).json();
        ClauseViolation.require(now.path("frozenTime").asText().equals(world.clock.path("frozenTime").asText())
                        && "READY".equals(now.path("status").asText()),
                "the clock changed after the other tenant's calls: " + now);
    }

    @当("租户 {word} 的 {word} 翻阅全部测试时钟")
    public void walkAll(String tenant, String role) {
        world.walk = PageWalk.walk(world.run.as(tenant, role), "/test-clocks", 100, Map.of());
    }

    @那么("列表中没有该测试时钟")
    public void notListed() {
        List<String> ids = world.walk.items().stream().map(i -> i.path("testClockId").asText()).toList();
        ClauseViolation.require(!ids.contains(world.clockId()), "the other tenant's list contains clock " + world.clockId());
    }

    @当("租户 {word} 的 {word} 按该测试时钟的 id 查询审计事件")
    public void auditOfOther(String tenant, String role) {
        world.answered(world.run.as(tenant, role).get("/audit-events", Map.of("resourceId", world.clockId())));
    }

    @那么("响应为空列表、403 或 404")
    public void emptyOrRefused() {
        Reply r = world.reply.expectStatus(200, 403, 404);
        if (r.status() == 200) {
            ClauseViolation.require(r.json().path("data").isEmpty(), r.describe() + " lists the other tenant's audit events: " + r.json().path("data"));
        }
    }
}
