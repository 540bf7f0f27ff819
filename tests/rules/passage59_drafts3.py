"""passage59 (session 23), third round: blind drafts written after the second round's rules were written, to
measure the carry once more (the second round was read by its own words, so it measures nothing after that).

Offices: a 市文庙管理所, a 县民俗文化村管理处, a 市规划设计研究院. Voices: a month's 小结 in the first person
plural, a 情况汇报 with what was heard, a formal yearly report, a 工作简报 on a ceremony ahead, a terse 台账.
"""

from __future__ import annotations

# a month's 小结: a fire lane blocked by a contractor's materials, half the smoke alarms silent in the test
TEMPLE_MONTH = (
    "市文庙管理所10月份工作小结\n"
    "\n"
    "    10月份，我们围绕文物保护和开放服务做了以下工作。\n"
    "    一、开放接待。全月接待游客6.8万人次，其中研学团队42批、学生3100人次，讲解服务186场。\n"
    "    二、文物修缮。棂星门彩画修复工程通过专家验收，完成泮池驳岸加固25米。\n"
    "    三、消防方面有两件事放心不下：大成殿东侧的消防通道被修缮施工队堆满了木料，说了几次一个多月了也没清走"
    "；"
    "上周对殿内烟感报警做测试，32个探头有一半没有响，厂家说配件要排队，年底前来不了人。\n"
    "    四、11月打算。筹办孔子诞辰纪念活动，完成冬季防火检查。\n"
    "\n"
    "市文庙管理所\n"
    "2025年11月3日\n"
)
TEMPLE_MONTH_GONE = ["消防通道被修缮施工队堆满了木料", "32个探头有一半没有响"]
TEMPLE_MONTH_KEPT = ["接待游客6.8万人次", "泮池驳岸加固25米"]

# a 情况汇报 with what was heard: a couple running a guesthouse, their takings, what is left, their loan
FOLK_VILLAGE = (
    "关于民俗文化村农家乐经营情况的汇报\n"
    "\n"
    "    今年以来，县民俗文化村管理处积极引导村民发展乡村旅游，现将农家乐经营情况汇报如下。\n"
    "    一、总体情况。全村现有农家乐42户，床位680张，1至9月接待游客23.6万人次，实现旅游收入3860万元。\n"
    "    二、服务提升。组织厨师和服务员培训3期，评出星级农家乐12户。\n"
    "    三、个别经营户困难较大。承包村口老宅办农家乐的李某某夫妇跟管理处算了一笔账：去年营业额60来万，扣掉"
    "房租和请人的工钱，剩下不到5万，还欠着信用社15万元贷款，今年上半年又亏了一些，想退租又怕押金拿不回来。\n"
    "    四、下步打算。引进民宿运营团队，打造精品民宿示范点5个。\n"
    "\n"
    "县民俗文化村管理处\n"
    "2025年10月15日\n"
)
FOLK_VILLAGE_GONE = ["去年营业额60来万", "还欠着信用社15万元贷款"]
FOLK_VILLAGE_KEPT = ["实现旅游收入3860万元", "评出星级农家乐12户"]

# a formal yearly report: the institute's reform, two voices in its meeting, a leaning, the staffing
# office's view awaited
PLANNING_YEAR = (
    "市规划设计研究院2025年工作报告\n"
    "\n"
    "    2025年，我院围绕服务城市规划建设中心工作，圆满完成各项任务。现将全年工作报告如下。\n"
    "    一、业务完成情况。全年承担规划设计项目146项，完成合同额1.08亿元，获省级优秀规划设计奖4项。\n"
    "    二、技术创新。建成国土空间规划“一张图”辅助编制平台，取得软件著作权3项。\n"
    "    三、人才队伍。新引进硕士以上人才11名，注册规划师达到38人。\n"
    "    四、关于院体制改革。院务会讨论时有两种声音：一种主张整体转为企业，一种主张保留公益二类事业单位、经营"
    "性"
    "业务剥离出去。目前多数同志偏向后一种，但涉及编制和人员身份，还要听市委编办的意见，院里暂不表态。\n"
    "    五、2026年工作打算。完成城市更新专项规划等重点项目20项，合同额力争突破1.2亿元。\n"
    "\n"
    "市规划设计研究院\n"
    "2026年1月8日\n"
)
PLANNING_YEAR_GONE = ["目前多数同志偏向后一种", "一种主张整体转为企业"]
PLANNING_YEAR_KEPT = ["承担规划设计项目146项", "注册规划师达到38人"]

# a 工作简报 on the ceremony ahead: the guard posts and the one man to be kept at home
TEMPLE_CEREMONY = (
    "文庙工作简报\n"
    "第9期\n"
    "市文庙管理所　　2025年9月15日\n"
    "\n"
    "    一、祭孔大典筹备。今年祭孔大典定在9月28日上午举行，预计来宾和群众约800人，市领导将出席。\n"
    "    二、现场秩序。大典当天外围交通由交警负责，棂星门和大成殿前广场各留一组特勤，殿后设一个备勤点；"
    "长期反映老城拆迁问题的孙某某可能借机到现场，已和社区讲好，当天一早有人去他家陪着，不让他出门。\n"
    "    三、宣传工作。大典将通过“文庙云上行”直播，欢迎广大市民在线观看。\n"
    "\n"
    "报：市文化广电旅游局\n"
)
TEMPLE_CEREMONY_GONE = ["各留一组特勤", "当天一早有人去他家陪着"]
TEMPLE_CEREMONY_KEPT = ["约800人", "欢迎广大市民在线观看"]

# a terse 台账: a craft shop selling fakes — samples sealed, the receipts missing, to be handed over
# when results come
FOLK_LEDGER = (
    "县民俗文化村管理处9月份工作台账\n"
    "\n"
    "1.游客接待：接待游客3.1万人次，开展民俗表演48场。\n"
    "2.环境卫生：清理河道垃圾12吨，改造旅游厕所2座。\n"
    "3.投诉处理：8月17日游客投诉村内手工艺品店以机绣冒充手工苏绣一事，已将涉事绣品封样送检；店主称进货"
    "单据找不到了，正在补调；检测结论出来后移交镇市场监管所处理。\n"
    "4.宣传推介：在抖音发布短视频26条，播放量120万次。\n"
)
FOLK_LEDGER_GONE = ["已将涉事绣品封样送检", "店主称进货单据找不到了"]
FOLK_LEDGER_KEPT = ["开展民俗表演48场", "播放量120万次"]

# ------------------------------------------------------------------ twins

TEMPLE_FIXED = (
    "市文庙管理所11月份工作小结\n"
    "\n"
    "    11月份，我们围绕文物保护和开放服务做了以下工作。\n"
    "    一、开放接待。全月接待游客5.2万人次。\n"
    "    二、消防安全。大成殿东侧消防通道已清理完毕，殿内32个烟感探头全部更换并测试正常，冬季防火检查未发现新"
    "问题。\n"
    "\n"
    "市文庙管理所\n"
    "2025年12月2日\n"
)

FOLK_TOTALS = (
    "关于民俗文化村农家乐经营情况的汇报\n"
    "\n"
    "    现将农家乐经营情况汇报如下。\n"
    "    一、总体情况。全村现有农家乐42户，1至9月接待游客23.6万人次，实现旅游收入3860万元，户均营业额约92万元"
    "。\n"
    "    二、帮扶措施。对经营困难的6户落实租金减免，共减免租金18万元；协调信用社发放创业贷款120万元。\n"
    "\n"
    "县民俗文化村管理处\n"
    "2025年10月15日\n"
)
