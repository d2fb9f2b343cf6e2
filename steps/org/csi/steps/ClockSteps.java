package org.csi.steps;

import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.time.Duration;
import java.util.UUID;
import org.csi.harness.checks.ClockState;
import org.csi.harness.support.Clocks;

/** GEN-14 测试时钟, and the clock every other scenario starts from. */
public final class ClockSteps {
    private final World world;

    public ClockSteps(World world) {
        this.world = world;
    }

    @假如("租户 {tenant} 的 {role} 创建了一个测试时钟")
    public void aClock(String tenant, String role) {
        world.newClock(world.as(tenant, role));
    }

    @当("租户 {tenant} 的 {role} 在 T0 创建测试时钟")
    public void createAtT0(String tenant, String role) {
        world.clockOwner = world.as(tenant, role);
        world.answered(Clocks.create(world.clockOwner, "csi-" + UUID.randomUUID(), Clocks.t0()));
    }

    @那么("测试时钟状态为 READY，frozenTime 为 T0")
    public void readyAtT0() {
        ClockState.requireReadyAt(world.reply.json(), Clocks.t0());
    }

    @当("将该测试时钟推进到 T0 之前 {int} 天")
    public void advanceBackwards(int days) {
        world.answered(Clocks.advance(world.clockOwner, world.clockId(), Clocks.t0().minusDays(days)));
    }

    @当("将该测试时钟推进 {int} 天")
    public void advance(int days) {
        world.answered(Clocks.advance(world.clockOwner, world.clockId(), Clocks.t0().plusDays(days)));
    }

    @那么("该测试时钟在 {int} 秒内回到 READY，frozenTime 为 T0 加 {int} 天")
    public void readyAfterAdvance(int seconds, int days) {
        ClockState.requireReadyAt(Clocks.awaitReady(world.clockOwner, world.clockId(), Duration.ofSeconds(seconds)), Clocks.t0().plusDays(days));
    }

    @当("以 live 凭据的 {role} 读取测试时钟列表")
    public void liveList(String role) {
        world.answered(world.run.callers().as(world.run.liveCredential(role)).get("/test-clocks"));
    }

    @当("删除该测试时钟")
    public void delete() {
        world.answered(world.clockOwner.delete("/test-clocks/" + world.clockId()));
    }
}
