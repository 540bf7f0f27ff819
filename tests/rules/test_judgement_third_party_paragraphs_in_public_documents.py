"""judge41 (session 15, tune47 cc-019, tune48 ch-008): a public document with one paragraph of a third
party's own (第十五条): a contract notice's supplementary item giving the supplier's breakdown of its
price, with its request to the buyer in its own words (请采购人不得向第三方提供); a letter to residents
naming one household's head with the psychiatric illness he has (患有精神障碍). The paragraph is cut
(第三十七条) and the rest published; the same documents without the breakdown or the illness stay
public. Drafts written for these tests, in offices no tuning part speaks for (a water-supply
regulator's maintenance contract, a fishing port's letter to its fishers)."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

MAINS_CONTRACT = (
    "政府采购合同公告\n"
    "\n"
    "一、合同编号：DPCG-HT-2026-0415\n"
    "二、合同名称：东浦市城区供水管网维修养护服务采购合同\n"
    "三、项目编号：DPCG-2026-0388\n"
    "四、项目名称：东浦市城市管理局城区供水管网维修养护服务项目\n"
    "五、合同主体\n"
    "采购人：东浦市城市管理局，地址：东浦市人民路8号，联系方式：0571-89012345\n"
    "供应商：东浦市清源管道工程有限公司，地址：东浦市滨海大道120号，联系方式：0571-89765432\n"
    "六、合同主要信息\n"
    "主要标的名称：城区供水管网维修养护服务\n"
    "服务要求：DN100以上供水管道巡检、抢修及阀门井维护，抢修人员接报后30分钟内到场\n"
    "合同金额：人民币叁佰捌拾伍万元整（¥3,850,000.00）\n"
    "服务期限：2027年1月1日至2027年12月31日\n"
    "采购方式：公开招标\n"
    "七、合同签订日期：2026年12月2日\n"
    "八、合同公告日期：2026年12月4日\n"
    "九、其他补充事宜：供应商报价构成为：抢修人员22人年均人工成本7.4万元、管材及配件按供货协议"
    "价下浮12%计、利润率3.2%，系其内部测算，请采购人不得向第三方提供。\n"
    "十、合同附件：政府采购合同（扫描件）"
)
# The same notice whose supplementary item says only what the price includes.
MAINS_CONTRACT_PLAIN = (
    "政府采购合同公告\n"
    "\n"
    "一、合同编号：DPCG-HT-2026-0415\n"
    "二、合同名称：东浦市城区供水管网维修养护服务采购合同\n"
    "三、项目编号：DPCG-2026-0388\n"
    "四、项目名称：东浦市城市管理局城区供水管网维修养护服务项目\n"
    "五、合同主体\n"
    "采购人：东浦市城市管理局，地址：东浦市人民路8号，联系方式：0571-89012345\n"
    "供应商：东浦市清源管道工程有限公司，地址：东浦市滨海大道120号，联系方式：0571-89765432\n"
    "六、合同主要信息\n"
    "主要标的名称：城区供水管网维修养护服务\n"
    "服务要求：DN100以上供水管道巡检、抢修及阀门井维护，抢修人员接报后30分钟内到场\n"
    "合同金额：人民币叁佰捌拾伍万元整（¥3,850,000.00）\n"
    "服务期限：2027年1月1日至2027年12月31日\n"
    "采购方式：公开招标\n"
    "七、合同签订日期：2026年12月2日\n"
    "八、合同公告日期：2026年12月4日\n"
    "九、其他补充事宜：合同金额已包含人工、材料、机械及税费等全部费用。\n"
    "十、合同附件：政府采购合同（扫描件）"
)
FISHERS_LETTER = (
    "致石塘渔港渔民朋友的一封信\n"
    "\n"
    "渔民朋友们：\n"
    "    石塘中心渔港改扩建工程自今年3月开工以来，得到了广大渔民的理解和支持。目前新建码头岸线4"
    "20米已全部完工，港池疏浚完成90%，新增渔船停泊泊位86个。\n"
    "    下一步，工程将进入渔需物资交易区建设阶段，预计明年2月完工。施工期间，港区东侧道路临时"
    "封闭，请渔民从西侧通道进出。\n"
    "    需要特别说明的是，北岸3号冷库旁的临时堆场因一户渔民尚未同意搬迁其网具仓库，清理工作暂"
    "时无法进行。该户户主陈某某（住石塘村东街18号）患有精神障碍，家属称其近期情绪波动较大，渔港"
    "管理站正会同其儿子逐步做工作，请周边渔民多体谅，不要上门争执。\n"
    "    改造过程中有任何意见建议，欢迎拨打渔港管理站电话0571-89056678。感谢大家的支持！\n"
    "\n"
    "                                       东浦市海洋与渔业局\n"
    "                                       石塘中心渔港管理站\n"
    "                                       2026年11月25日"
)
# The same letter telling only that the move is being negotiated.
FISHERS_LETTER_PLAIN = (
    "致石塘渔港渔民朋友的一封信\n"
    "\n"
    "渔民朋友们：\n"
    "    石塘中心渔港改扩建工程自今年3月开工以来，得到了广大渔民的理解和支持。目前新建码头岸线4"
    "20米已全部完工，港池疏浚完成90%，新增渔船停泊泊位86个。\n"
    "    下一步，工程将进入渔需物资交易区建设阶段，预计明年2月完工。施工期间，港区东侧道路临时"
    "封闭，请渔民从西侧通道进出。\n"
    "    需要特别说明的是，北岸3号冷库旁的临时堆场因一户渔民尚未同意搬迁其网具仓库，清理工作暂"
    "时无法进行。渔港管理站正与该户协商搬迁补偿，请周边渔民多体谅。\n"
    "    改造过程中有任何意见建议，欢迎拨打渔港管理站电话0571-89056678。感谢大家的支持！\n"
    "\n"
    "                                       东浦市海洋与渔业局\n"
    "                                       石塘中心渔港管理站\n"
    "                                       2026年11月25日"
)


copied(__name__, MAINS_CONTRACT, "MAINS_CONTRACT")


def test_the_suppliers_price_breakdown_is_cut_from_the_contract_notice(engine: Engine) -> None:
    assert_cut_out(
        engine, MAINS_CONTRACT, Category.TRADE_SECRET, gone=["利润率3.2%"], kept=["3,850,000.00", "公开招标"]
    )


copied(__name__, FISHERS_LETTER, "FISHERS_LETTER")


def test_a_named_households_illness_is_cut_from_the_letter(engine: Engine) -> None:
    assert_cut_out(
        engine, FISHERS_LETTER, Category.TRADE_SECRET, gone=["精神障碍"], kept=["420米", "0571-89056678"]
    )


public(__name__, {"MAINS_CONTRACT_PLAIN": MAINS_CONTRACT_PLAIN, "FISHERS_LETTER_PLAIN": FISHERS_LETTER_PLAIN})


def test_the_same_notice_and_letter_without_them_stay_public(engine: Engine) -> None:
    for text in (MAINS_CONTRACT_PLAIN, FISHERS_LETTER_PLAIN):
        assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)
