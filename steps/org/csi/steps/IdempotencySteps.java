package org.csi.steps;

import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.checks.IdempotentReplay;
import org.csi.harness.checks.PageRules;
import org.csi.harness.http.Caller;
import org.csi.harness.support.Clocks;
import org.csi.harness.support.Fixture;
import org.csi.harness.http.PageWalk;
import org.csi.harness.support.Replay;

/** GEN-08 幂等重放, GEN-09 幂等冲突 and GEN-10 分页 on test clocks. */
public final class IdempotencySteps {
    private final World world;
    private Caller caller;
    private String secondName;
    private final Set<String> prefixed = new LinkedHashSet<>();

    public IdempotencySteps(World world) {
        this.world = world;
    }

    @当("租户 {tenant} 的 {role} 以同一 Idempotency-Key 和相同请求体两次创建测试时钟")
    public void replay(String tenant, String role) {
        caller = world.as(tenant, role);
        Replay.twice(caller, "/test-clocks", Clocks.body("csi-" + UUID.randomUUID(), Clocks.t0())).forEach(world::answered);
    }

    @那么("两次响应的状态与测试时钟 id 相同")
    public void sameAnswer() {
        IdempotentReplay.requireSameAnswer(world.replies.get(0), world.replies.get(1), 201, "testClockId");
    }

    @那么("该测试时钟在列表中恰好出现一次")
    public void listedOnce() {
        PageWalk walk = PageWalk.walk(caller, "/test-clocks", 100, Map.of());
        String id = world.replies.get(0).json().path("testClockId").asText();
        PageRules.requireEachOnce(walk, "testClockId", Set.of(id));
    }

    @当("租户 {tenant} 的 {role} 以 Idempotency-Key K 创建测试时钟后，又以 K 和另一请求体创建")
    public void reuse(String tenant, String role) {
        caller = world.as(tenant, role);
        String key = "csi-" + UUID.randomUUID();
        Fixture.setUp("create the first clock with the key", () -> caller.post("/test-clocks", Clocks.body("csi-" + UUID.randomUUID(), Clocks.t0()), key).expectStatus(201));
        secondName = "csi-" + UUID.randomUUID();
        world.answered(caller.post("/test-clocks", Clocks.body(secondName, Clocks.t0().plusDays(1)), key));
    }

    @那么("没有创建第二个测试时钟")
    public void noSecond() {
        List<String> names = PageWalk.walk(caller, "/test-clocks", 100, Map.of()).items().stream().map(i -> i.path("name").asText()).toList();
        ClauseViolation.require(!names.contains(secondName), "a clock named " + secondName + " was created with the reused key");
    }

    @假如("租户 {tenant} 的 {role} 创建了 {int} 个名称前缀相同的测试时钟")
    public void many(String tenant, String role, int n) {
        caller = world.as(tenant, role);
        String prefix = "csi-page-" + UUID.randomUUID() + "-";
        for (int i = 0; i < n; i++) {
            String name = prefix + i;
            prefixed.add(Fixture.setUp("create clock " + (i + 1) + " of " + n,
                    () -> Clocks.create(caller, name, Clocks.t0()).expectStatus(201).json().path("testClockId").asText()));
        }
    }

    @当("以 limit={int} 翻阅测试时钟列表直到末页")
    public void walk(int limit) {
        world.walk = PageWalk.walk(caller, "/test-clocks", limit, Map.of());
    }

    @那么("每页不超过 {int} 项，且按 createdAt 与 id 升序")
    public void pageShape(int limit) {
        PageRules.requireAtMost(world.walk, limit);
        PageRules.requireAscending(world.walk, "testClockId");
    }

    @那么("这 {int} 个测试时钟各出现恰好一次")
    public void eachOnce(int n) {
        ClauseViolation.require(prefixed.size() == n, "set-up created " + prefixed.size() + " clocks");
        PageRules.requireEachOnce(world.walk, "testClockId", prefixed);
    }

    @那么("末页的 nextCursor 为 null")
    public void lastNull() {
        PageRules.requireLastCursorNull(world.walk);
    }

    @当("租户 {tenant} 的 {role} 以 limit={word} 读取测试时钟列表")
    public void badLimit(String tenant, String role, String limit) {
        world.answered(world.as(tenant, role).get("/test-clocks", Map.of("limit", limit)));
    }

    @当("租户 {tenant} 的 {role} 以无效游标读取测试时钟列表")
    public void badCursor(String tenant, String role) {
        world.answered(world.as(tenant, role).get("/test-clocks", Map.of("cursor", "csi-invalid-cursor-" + UUID.randomUUID())));
    }
}
