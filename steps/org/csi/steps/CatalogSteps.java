package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.Map;
import org.csi.harness.checks.CatalogRules;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.support.Fixture;
import org.csi.harness.http.PageWalk;

/** CSI-CAT 品类图谱. */
public final class CatalogSteps {
    private final World world;
    private Caller caller;

    public CatalogSteps(World world) {
        this.world = world;
    }

    @当("租户 {tenant} 的 {role} 以 limit={int} 翻阅产品目录直到末页")
    public void walk(String tenant, String role, int limit) {
        caller = world.as(tenant, role);
        world.walk = PageWalk.walk(caller, "/catalog/products", limit, Map.of());
        world.products = world.walk.items();
    }

    @假如("租户 {tenant} 的 {role} 已读取完整的产品目录")
    public void catalogue(String tenant, String role) {
        Fixture.setUp("read the product catalogue", () -> {
            walk(tenant, role, 100);
            return null;
        });
    }

    /** Every field of every product was checked on each page against product.schema.json by the contract check. */
    @那么("目录至少有 1 个产品，每个产品的字段齐全")
    public void complete() {
        CatalogRules.requireSomeProducts(world.products);
    }

    @当("按 id 逐个读取目录中的产品")
    public void readEach() {
        for (JsonNode p : world.products) world.replies.add(caller.get("/catalog/products/" + p.path("productId").asText()));
    }

    @那么("每个产品与列表中的条目相同")
    public void sameAsList() {
        for (int i = 0; i < world.products.size(); i++) {
            Reply r = world.replies.get(i).expectStatus(200);
            ClauseViolation.require(r.json().equals(world.products.get(i)),
                    r.describe() + " differs from the list entry: " + r.json() + " vs " + world.products.get(i));
        }
    }

    @当("租户 {tenant} 的 {role} 读取不存在的产品")
    public void unknown(String tenant, String role) {
        world.answered(world.as(tenant, role).get("/catalog/products/csi-no-such-product-0000"));
    }

    @那么("每个产品恰有一个取自代码表的险种")
    public void insuranceType() {
        CatalogRules.requireInsuranceType(world.products);
    }

    @那么("每个产品至少有 1 个保障范围，代码取自代码表且不重复")
    public void sections() {
        CatalogRules.requireCodes(world.products, "coverageSections", "coverageSection");
    }

    @那么("每个产品至少有 1 个承保模式和 1 个服务模式，取值来自代码表且不重复")
    public void modes() {
        CatalogRules.requireCodes(world.products, "underwritingModes", "underwritingMode");
        CatalogRules.requireCodes(world.products, "serviceModes", "serviceMode");
    }

    @那么("每个产品的保费区间与限额区间都是 CNY 金额，且 0 < min ≤ max")
    public void ranges() {
        CatalogRules.requireRanges(world.products);
    }

    @那么("每个产品的险种与保障范围一致")
    public void consistency() {
        CatalogRules.requireTypeSectionConsistency(world.products);
    }

    @当("租户 {tenant} 的 {role} 读取品类图谱")
    public void categoryMap(String tenant, String role) {
        world.answered(world.as(tenant, role).get("/catalog/category-map").expectStatus(200));
    }

    @那么("产品中出现的每个组合恰好对应一个单元格，且只含匹配的产品")
    public void cells() {
        String summary = CatalogRules.requireCategoryMap(world.products, world.reply.json());
        world.run.evidence().artefact("CAT-08 category map", summary);
    }
}
