package org.csi.steps;

import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import org.csi.harness.checks.CapabilityDocument;
import org.csi.harness.http.Request;

/** GEN-01 能力声明. */
public final class CapabilitySteps {
    private final World world;

    public CapabilitySteps(World world) {
        this.world = world;
    }

    /** Read leniently: judging the document is the business of this clause's own checks, which say what is wrong. */
    @当("匿名读取能力声明文档")
    public void readCapability() {
        world.answered(world.run.transport().send(Request.of("GET", world.run.config().target() + "/.well-known/csi-configuration"), false));
    }

    @那么("能力声明的成员齐全、类型正确、取值在允许范围内")
    public void membersAndTypes() {
        CapabilityDocument.requireMembersAndTypes(world.reply.json());
    }

    @那么("能力声明以 JSON 媒体类型返回")
    public void servedAsJson() {
        CapabilityDocument.requireJsonMediaType(world.reply);
    }

    @那么("能力声明列出 CSI-GEN")
    public void genListed() {
        CapabilityDocument.requireGenListed(world.reply.json());
    }

    @那么("能力声明只含标准包定义的标准与配置")
    public void onlyPackStandards() {
        CapabilityDocument.requireOnlyPackStandardsAndProfiles(world.reply.json());
    }
}
