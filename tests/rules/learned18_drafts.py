"""learned18's blind drafts (session 22): public papers whose one item holds a private person's or a
firm's data, written for offices no tuning part speaks for (a 职业病防治院, a 标准化研究院, a
农产品批发市场管理办公室, a 纤维检验所), and their public twins. The matter the learned signal reads in
them is in that item: the draft is cut there (删减后公开), not held whole."""

from __future__ import annotations

from tests.testing.judgement import draft_of

# A screening report of aggregate figures; one item names a worker with an identity number and a diagnosis.
SCREENING = draft_of(
    [
        "青川县职业病防治院关于2025年上半年重点行业职业健康检查情况的通报",
        "各有关用人单位：",
        "2025年1月至6月，我院对全县石材加工、家具制造、铸造等重点行业的41家用人单位开展了在岗期间职业健康检查，"
        "现将有关情况通报如下。",
        "一、检查总体情况",
        "上半年共检查劳动者2876人次，其中粉尘作业1934人次、噪声作业702人次、化学毒物作业240人次，"
        "应检人数受检率为96.3%。",
        "二、检查结果",
        "（一）共发现疑似职业病18例，其中疑似尘肺病11例、疑似噪声聋7例，已全部按规定报告并通知用人单位。",
        "（二）发现职业禁忌证43例，用人单位已全部调离原岗位或调整工作内容。",
        "（三）典型个案：青川县恒石石材有限公司磨光车间工人罗德贵（身份证号511023197403126671，"
        "联系电话13990417726），接尘工龄19年，胸片显示双肺弥漫性小阴影，已转市级诊断机构进一步诊断，"
        "其家属反映家庭生活困难。",
        "三、存在的问题",
        "部分小型企业未按规定组织上岗前检查，个别企业检查结果告知不及时。",
        "四、下一步工作",
        "我院将配合卫生健康部门开展专项检查，10月底前完成下半年检查计划的80%以上。",
        "青川县职业病防治院",
        "2025年7月8日",
    ]
)

# An inspection bulletin of a standards institute; one item gives one firm's unpublished figures.
STANDARDS = draft_of(
    [
        "临溪市标准化研究院关于2025年企业标准自我声明公开情况抽查结果的通报",
        "各有关企业：",
        "为推动企业标准自我声明公开制度落实，我院于2025年4月至5月对全市在企业标准信息公共服务平台声明公开的"
        "120项企业标准开展了抽查，现将结果通报如下。",
        "一、抽查总体情况",
        "本次抽查涉及企业86家、标准120项，其中食品类38项、机电类45项、日用消费品类37项。"
        "符合要求的108项，合格率90.0%。",
        "二、主要问题",
        "（一）12项标准存在技术指标低于推荐性国家标准的情况。",
        "（二）9项标准的检验方法引用已废止的标准。",
        "三、需要说明的企业情况",
        "临溪市华拓精密机械有限公司提交的说明材料显示，该公司2024年主营业务收入8460万元，"
        "毛利率仅11.2%，主导产品单台制造成本较上年上涨14%，拟于下半年调整产品结构，故申请延期修订其企业标准。",
        "四、工作要求",
        "（一）存在问题的企业应于2025年8月31日前完成标准修订并重新声明公开。",
        "（二）我院将于9月对整改情况进行复查，复查结果另行通报。",
        "临溪市标准化研究院",
        "2025年6月20日",
    ]
)

# A monthly report of a wholesale market's management office; one item names a stallholder with his numbers.
MARKET = draft_of(
    [
        "安平县农产品批发市场管理办公室2025年5月市场运行情况",
        "一、交易情况",
        "5月份市场蔬菜交易量2.36万吨，同比增长6.8%；水果交易量1.12万吨，同比增长3.1%；日均进场车辆412辆次。",
        "二、价格情况",
        "监测的28个蔬菜品种中，价格上涨的9个、下降的15个、持平的4个，月均价格每公斤3.42元，环比下降5.2%。",
        "三、质量安全检测",
        "全月快速检测样品3156批次，合格3149批次，合格率99.8%，不合格样品已全部销毁。",
        "四、投诉处理",
        "全月受理投诉11件，已办结10件。其中经营户杜海林（身份证号130929198112054418，"
        "联系电话15831769904，摊位号B区17号）因拖欠货款被供货商多次投诉，本人称近期家中有病人，"
        "资金周转困难，已由市场组织双方协商。",
        "五、下月工作",
        "做好夏季果蔬保鲜和防暑降温工作，开展一次消防安全检查。",
        "安平县农产品批发市场管理办公室",
        "2025年6月5日",
    ]
)

# A cotton quality bulletin; one item tells one ginning firm's purchase price, cost and loss.
COTTON = draft_of(
    [
        "北塘县纤维检验所关于2024/2025年度棉花加工企业质量检查情况的通报",
        "各棉花加工企业：",
        "根据年度工作安排，我所于2025年3月对全县14家棉花加工企业开展了质量检查，现将检查情况通报如下。",
        "一、总体情况",
        "本年度全县加工皮棉5.8万吨，公证检验5.76万吨，平均长度28.9毫米，马克隆值A级比例61%，"
        "较上年提高4个百分点。",
        "二、检查发现的问题",
        "（一）3家企业异性纤维清理记录不完整。",
        "（二）2家企业成包皮棉标识不规范。",
        "三、企业经营情况说明",
        "北塘县丰源棉业有限公司反映，该公司本年度籽棉平均收购价每公斤7.36元，皮棉加工成本每吨1.52万元，"
        "全年亏损约312万元，银行贷款1800万元将于9月到期，企业正与银行协商展期。",
        "四、工作要求",
        "各企业要于4月30日前完成问题整改，我所将组织复查。",
        "北塘县纤维检验所",
        "2025年3月28日",
    ]
)

CUT = {"screening": SCREENING, "standards": STANDARDS, "market": MARKET, "cotton": COTTON}

# What each draft's copy must have lost (the person's or the firm's data) and still hold (the public figures).
GONE = {
    "screening": ["罗德贵", "511023197403126671", "家庭生活困难"],
    "standards": ["8460万元", "11.2%", "单台制造成本"],
    "market": ["杜海林", "130929198112054418", "资金周转困难"],
    "cotton": ["7.36元", "1.52万元", "312万元"],
}
KEPT = {
    "screening": ["2876人次", "疑似职业病18例", "80%以上"],
    "standards": ["合格率90.0%", "8月31日前"],
    "market": ["2.36万吨", "合格率99.8%"],
    "cotton": ["5.8万吨", "4月30日前"],
}

# Public twins: the same papers with the item told in aggregate (no person, no firm's own figures).
TWINS = {
    "screening": SCREENING.replace(
        SCREENING.split("\n")[8],
        "（三）接尘工龄较长的劳动者中，疑似尘肺病检出比例较高，已督促相关用人单位安排复查。",
    ),
    "standards": STANDARDS.replace(
        STANDARDS.split("\n")[9],
        "部分企业反映原材料价格上涨，申请延期修订企业标准，我院已逐一告知修订程序和时限要求。",
    ),
}
