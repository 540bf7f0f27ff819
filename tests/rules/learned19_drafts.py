"""learned19's blind drafts (session 23): public papers whose one firm's or one person's data is told over a
few adjacent items (two or three), written for offices no tuning part speaks for (a 酒类流通管理办公室, a
建材质量监督检验站), and their twins: the same paper told in aggregate (public), and the
same matter as a 请示 before the decision (withheld whole: the genre is the exempt matter)."""

from __future__ import annotations

from tests.testing.judgement import draft_of

# A bulletin of spot checks on liquor dealers; three adjacent items tell one distributor's own books.
LIQUOR = draft_of(
    [
        "澄江市酒类流通管理办公室关于2025年上半年酒类经营者随机抽查情况的通报",
        "各酒类经营者：",
        "2025年3月至6月，我办按照“双随机、一公开”要求，对全市酒类批发、零售经营者开展了随机抽查，"
        "现将抽查情况通报如下。",
        "一、抽查基本情况",
        "本次共抽取酒类经营者215户，其中批发企业37户、零售门店178户，检查覆盖城区和9个乡镇。",
        "二、检查结果",
        "随机抽查合格196户，合格率91.2%；发现随附单未按规定填写的12户，进货台账不全的7户，均已责令改正。",
        "三、重点企业核查情况",
        "（一）澄江市醇泰酒业贸易有限公司提供的账册显示，该公司2024年销售白酒4.7万箱，销售收入6320万元，"
        "目前尚有应收账款980万元。",
        "（二）该公司财务资料显示，主销产品每箱进货成本382元，今年上半年亏损约310万元，"
        "目前尚有银行贷款2600万元将于年底到期。",
        "（三）该公司内部资料显示，主要客户为城区12家餐饮企业，供货单价每箱468元，目前尚有库存白酒1.3万箱未售出。",
        "四、下一步工作",
        "（一）对存在问题的经营者，我办将于8月底前组织回头看，回头看比例不低于30%。",
        "（二）抽查结果已录入市场主体信用信息公示系统，接受社会监督。",
        "澄江市酒类流通管理办公室",
        "2025年7月10日",
    ]
)

# A quality bulletin of ready-mixed concrete; three adjacent items tell one plant's costs, debts, customers.
MATERIALS = draft_of(
    [
        "青屏市建材质量监督检验站关于2025年第二季度预拌混凝土质量监督抽检情况的通报",
        "各预拌混凝土生产企业：",
        "2025年第二季度，我站对全市预拌混凝土生产企业开展了质量监督抽检，现将抽检情况通报如下。",
        "一、抽检总体情况",
        "本季度共抽检生产企业29家、样品174组，合格168组，合格率96.6%，较上季度提高1.2个百分点。",
        "二、不合格情况",
        "6组不合格样品均为抗压强度不达标，涉及企业4家，已责令其暂停相关强度等级产品供应并整改。",
        "三、有关企业情况说明",
        "（一）青屏市恒基建材有限公司内部检测记录显示，该公司今年上半年每立方米生产成本为296元，较上年上涨9%，"
        "目前尚有库存水泥2100吨。",
        "（二）该公司财务资料显示，今年上半年亏损约540万元，目前尚有银行贷款2300万元将于10月到期。",
        "（三）该公司供货的主要客户为青屏城投公司和两家民营房地产企业，合同单价每立方米410元，"
        "目前尚有应收账款3870万元未收回。",
        "四、工作要求",
        "（一）各企业要严格执行配合比设计，每批次原材料进场检验率达到100%。",
        "（二）我站将于第三季度对不合格的4家企业开展跟踪抽检，结果另行通报。",
        "青屏市建材质量监督检验站",
        "2025年7月3日",
    ]
)

CUT = {"liquor": LIQUOR, "materials": MATERIALS}

# What each draft's copy must have lost (the firm's own figures) and still hold (the public figures).
GONE = {
    "liquor": ["6320万元", "每箱382元", "2600万元", "每箱468元"],
    "materials": ["296元", "540万元", "3870万元"],
}
KEPT = {
    "liquor": ["合格率91.2%", "8月底前"],
    "materials": ["合格率96.6%", "第三季度"],
}

# Public twins: the same papers with the items told in aggregate (no firm's own figures).
TWINS = {
    "liquor": LIQUOR.replace(
        "\n".join(LIQUOR.split("\n")[8:11]),
        "（一）重点核查的批发企业均建立了进销存台账，随附单填写规范率较上年提高。\n"
        "（二）部分企业反映上游供货价格波动较大，我办已提示企业依法签订供货合同。",
    ),
    "materials": MATERIALS.replace(
        "\n".join(MATERIALS.split("\n")[8:11]),
        "（一）部分企业反映原材料价格上涨，生产成本有所增加，我站已提示企业不得以降低水泥用量压缩成本。\n"
        "（二）部分企业应收账款回收较慢，我站已将有关情况通报行业协会。",
    ),
}

# The same matter as a 请示 before the decision: the whole paper is the exempt matter (held whole, never cut).
REQUEST = draft_of(
    [
        "青屏市建材质量监督检验站关于是否暂停恒基建材有限公司预拌混凝土供应的请示",
        "市住房和城乡建设局：",
        "青屏市恒基建材有限公司内部检测记录显示，该公司今年上半年每立方米生产成本为296元，"
        "财务资料显示上半年亏损约540万元，目前尚有银行贷款2300万元将于10月到期。",
        "该公司第二季度有2组样品抗压强度不达标。是否暂停其C30以上强度等级产品供应，我站意见不一："
        "一种意见建议暂停3个月，另一种意见建议限期整改后复检。",
        "妥否，请批示。",
        "青屏市建材质量监督检验站",
        "2025年7月5日",
    ]
)
