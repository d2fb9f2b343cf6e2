package org.csi.steps;

import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.Map;
import org.csi.harness.checks.ClockState;
import org.csi.harness.checks.TenantIsolation;
import org.csi.harness.http.Caller;
import org.csi.harness.support.Clocks;
import org.csi.harness.http.PageWalk;

/** GEN-04 租户隔离 on test clocks, the tenant-owned resource every solution has. */
public final class IsolationSteps {
    private final World world;

    public IsolationSteps(World world) {
        this.world = world;
    }

    @当("租户 {tenant} 的 {role} 读取、推进并删除该测试时钟")
    public void otherTenantTouches(String tenant, String role) {
        Caller other = world.as(tenant, role);
        String path = "/test-clocks/" + world.clockId();
        world.replies.add(other.get(path));
        world.replies.add(Clocks.advance(other, world.clockId(), Clocks.t0().plusDays(1)));
        world.replies.add(other.delete(path));
    }

    @那么("每个响应都是 403 或 404，且不含该测试时钟的名称")
    public void allRefused() {
        TenantIsolation.requireRefusedWithoutLeak(world.replies, world.clockName);
    }

    @那么("租户 {tenant} 的 {role} 看到该测试时钟没有变化")
    public void unchanged(String tenant, String role) {
        ClockState.requireUnchanged(world.clock, world.as(tenant, role).get("/test-clocks/" + world.clockId()).expectStatus(200).json());
    }

    @当("租户 {tenant} 的 {role} 翻阅全部测试时钟")
    public void walkAll(String tenant, String role) {
        world.walk = PageWalk.walk(world.as(tenant, role), "/test-clocks", 100, Map.of());
    }

    @那么("列表中没有该测试时钟")
    public void notListed() {
        TenantIsolation.requireNotListed(world.walk.items(), "testClockId", world.clockId());
    }

    @当("租户 {tenant} 的 {role} 按该测试时钟的 id 查询审计事件")
    public void auditOfOther(String tenant, String role) {
        world.answered(world.as(tenant, role).get("/audit-events", Map.of("resourceId", world.clockId())));
    }

    @那么("响应为空列表、403 或 404")
    public void emptyOrRefused() {
        TenantIsolation.requireNoAuditEvents(world.reply);
    }
}
