"""judge52 (session 19): drafts whose whole matter is exempt, decided 删减后公开, 依申请公开 or 主动公开.

Four shapes, each decided by what the paper is rather than by one passage of it:

- *A consultation this paper only recommends or sets after a decision still awaited.* A 复函 giving an
  agency's opinions on another agency's draft (a consultation between agencies) or a drafting note to the
  agency's own meeting with its sections' differing views is process information (第十六条第二款). That it
  recommends putting the draft out for public comment (建议…向社会公开征求意见), or says the draft will go
  out for comment once the meeting has decided (…确定后,…经法制审核后向社会公开征求意见), does not make
  this paper a draft released for comment (第十九条): 不予公开 whole, not 主动公开 or 依申请公开.
- *The paper's own circulation said plainly on a line of its own* ((此件不上网), (本件不对外)): an
  internal marking like (此件请勿外传) (WS004, 第十六条第一款); the words in a sentence about other papers
  stay what they are.
- *A reply to one person telling a named person's diagnosis* (确诊为腰椎间盘突出症, 诊断为慢性阻塞性
  肺疾病) whatever the illness's name: that person's privacy is what the reply is (第十五条、第三十七条;
  LABELS.md, a reply to one person about a third party), 不予公开, not 依申请公开. A reply explaining the
  rule stays 依申请公开; a bulletin counting the cases stays public.
- *A weak point of the agency's own premises told to its own departments* (园内各部室:, 台内各部门:):
  the paper's matter is the gap (第十四条), withheld whole, not cut at one paragraph.

Drafts written for these tests before the rules, in offices no tuning part speaks for (a city 船闸管理处,
a city 植物园, a city 天文台, a county 台湾事务办公室, a city 盐务局), with twins that must stay as they
are.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import public_test, report_of, weighed_test, weighing

# ---------------------------------------------------------------- a consultation only recommended or planned

# A lock authority's reply on the transport bureau's draft rule: opinions article by article, and a
# recommendation that the bureau put the draft out for public comment before the government reads it.
LOCK_OPINION_REPLY = (
    "江陵市船闸管理处关于对《江陵市内河船闸通航调度管理办法（修订草案）》修改意见的复函\n"
    "\n"
    "市交通运输局：\n"
    "    你局《关于征求〈江陵市内河船闸通航调度管理办法（修订草案）〉意见的函》收悉。我处组织调度、安全、收"
    "费三个科室"
    "进行了研究，现提出如下意见：\n"
    "    一、第九条“危险品船舶一律单独过闸”的规定，在枯水期将使平均待闸时间增加约6小时，建议改为“原则上单独"
    "过闸，"
    "经海事部门同意可与空载船舶同闸”。\n"
    "    二、第十四条关于过闸费减免的范围，未包括抢险救灾物资运输船舶，建议补充。\n"
    "    三、第二十二条规定的“连续三次未按调度指令进闸的，取消其一个月预约资格”，处罚较重且缺少申辩程序，建"
    "议再作斟酌。\n"
    "    四、该办法涉及沿线航运企业和个体船民的切身利益，建议修改完善后，在报市政府常务会议审议前向社会公开"
    "征求意见，时间不少于30日。\n"
    "    以上意见，供你局修改时参考。\n"
    "\n"
    "江陵市船闸管理处\n"
    "2026年9月14日"
)
# A botanical garden's drafting note to its director's meeting: a rule under revision, two sections at odds,
# and the public consultation set for after the meeting decides.
GARDEN_DRAFTING_NOTE = (
    "关于《青岚市植物园游园管理规定》修订稿起草情况的说明\n"
    "\n"
    "园长办公会：\n"
    "    按照年度工作安排，园务办公室牵头对2019年印发的《青岚市植物园游园管理规定》进行了修订，形成了修订稿，"
    "其间征求了园内各部室和市园林局的意见，共收到意见17条，采纳9条。现将起草情况和需要办公会确定的问题说明"
    "如下：\n"
    "    一、关于夜间开放。科普教育部主张夏季周五、周六开放至21时，以增加夜游科普活动；安全保卫部认为夜间照"
    "明和"
    "巡逻力量不足，主张维持18时闭园。两种写法在修订稿中均以方括号列出。\n"
    "    二、关于宠物入园。游客服务部建议划定宠物友好区域，园艺部担心影响珍稀植物展区，建议继续禁止。本稿暂"
    "按禁止表述。\n"
    "    三、下一步安排。办公会确定上述问题后，园务办公室修改完善，经法制审核后向社会公开征求意见，再报市园"
    "林局审定。\n"
    "\n"
    "青岚市植物园园务办公室\n"
    "2026年7月3日"
)
# Twin: the garden's notice that does put the revised rule out for comment, hearing 意见建议 first.
GARDEN_CONSULTATION_NOTICE = (
    "关于公开征求《青岚市植物园游园管理规定（修订征求意见稿）》意见的公告\n"
    "\n"
    "    为广泛听取社会各界的意见建议，现将《青岚市植物园游园管理规定（修订征求意见稿）》全文公布，向社会公"
    "开征求意见。"
    "征求意见时间为2026年8月1日至8月31日。\n"
    "    公众可通过以下方式提出意见：一、发送电子邮件至qlzwy_yj@163.com；二、寄送信函至青岚市植物园园务办公室"
    "（青岚市植物园路1号），并在信封上注明“游园管理规定征求意见”字样。\n"
    "\n"
    "青岚市植物园\n"
    "2026年7月28日"
)

# ---------------------------------------------------------------- the paper's own circulation said plainly

# An observatory's note to its sections on how the dome's instruments are borrowed: an ordinary internal
# procedure, marked at its foot as not to go online.
OBSERVATORY_NOT_ONLINE = (
    "关于调整观测仪器借用手续的通知\n"
    "\n"
    "台内各科室：\n"
    "    经台长同意，自10月1日起，观测仪器借用手续调整如下：\n"
    "    1.借用便携式望远镜、光谱仪的，填写《仪器借用单》，经科室负责人签字后到设备科登记领取；\n"
    "    2.借用期限一般不超过7天，到期未归还的由设备科催还；\n"
    "    3.科普活动借用的，由科普部统一办理。\n"
    "    请遵照执行。\n"
    "\n"
    "设备科\n"
    "2026年9月20日\n"
    "（此件不上网）"
)
# A salt bureau's note to its sections on the order of signing its contracts, marked not for outsiders.
SALT_NOT_FOR_OUTSIDERS = (
    "关于规范合同审签流程的通知\n"
    "\n"
    "局机关各科室：\n"
    "    为规范合同管理，自即日起，局机关对外签订的合同一律先由承办科室起草，经法规科审核、财务科会签后，报"
    "分管局长审签；"
    "合同金额5万元以上的，报局长审签。合同原件由办公室统一归档。\n"
    "\n"
    "澄江市盐务局办公室\n"
    "2026年5月8日\n"
    "（本件不对外）"
)
# Twin: a notice to the sections on what the website may carry; the words are about other papers.
OBSERVATORY_WEBSITE_RULE = (
    "关于加强门户网站信息发布审核的通知\n"
    "\n"
    "台内各科室：\n"
    "    为做好政务公开工作，各科室在门户网站发布的信息，须经科室负责人和办公室审核后发布。涉密文件和内部事"
    "项一律不上网，"
    "科普文章、观测预报等应及时公开。\n"
    "\n"
    "青岚市天文台办公室\n"
    "2026年4月2日\n"
    "（此件公开发布）"
)

# ---------------------------------------------------------------- a reply to one person telling a diagnosis

# A Taiwan compatriot asks after his cousin; the reply gives the cousin's diagnosis and care.
TAIWAN_COMPATRIOT_REPLY = (
    "庆阳县台湾事务办公室关于陈启文先生来信询问亲属情况的答复\n"
    "\n"
    "陈启文先生：\n"
    "    您8月5日自台中寄来的信函收悉。您委托我办了解您堂兄陈启明的近况，我办会同城关镇政府于8月20日上门走"
    "访，"
    "现答复如下：\n"
    "    陈启明今年3月经市第二人民医院诊断为慢性阻塞性肺疾病（重度），需长期家庭氧疗，现由其女儿照料，"
    "医疗费用经医保报销后每月自付约800元。\n"
    "    如您返乡探亲，我办可协助联系。顺致问候。\n"
    "\n"
    "庆阳县台湾事务办公室\n"
    "2026年9月2日"
)
# A petitioner asks why a gardener was moved to light work; the reply tells the gardener's diagnosis.
GARDEN_PETITION_REPLY = (
    "青岚市植物园关于对赵某某同志来信反映问题的答复\n"
    "\n"
    "赵某某同志：\n"
    "    您6月12日的来信收悉。您反映园艺部职工孙某某长期不从事修剪作业、享受照顾一事，经核实，答复如下：\n"
    "    孙某某于今年1月经市中心医院确诊为腰椎间盘突出症，医嘱半年内不得从事重体力劳动，园里据此将其调整到"
    "温室养护岗位，"
    "工资按原岗位标准发放，符合园里的职工病休管理规定。\n"
    "    感谢您对园里工作的关心。\n"
    "\n"
    "青岚市植物园\n"
    "2026年6月25日"
)
# Twins: a reply explaining the rule (its condition names an illness, no one's), and a bulletin counting
# cases.
TAIWAN_RULE_REPLY = (
    "庆阳县台湾事务办公室关于林美华女士来信咨询就医政策的答复\n"
    "\n"
    "林美华女士：\n"
    "    您的来信收悉。台湾同胞在我县居住期间确诊为重大疾病的，可以按规定参加城乡居民基本医疗保险并享受大病"
    "保险待遇，"
    "具体可到县医疗保障服务中心咨询办理。\n"
    "\n"
    "庆阳县台湾事务办公室\n"
    "2026年5月6日"
)
SALT_HEALTH_BULLETIN = (
    "澄江市2026年上半年食盐质量安全监测情况通报\n"
    "\n"
    "    上半年全市抽检食盐样品412批次，合格率99.8%。碘缺乏病监测显示，全市儿童甲状腺肿大率为1.2%；"
    "监测点共确诊地方性甲状腺肿病例3例，均已规范治疗。\n"
    "\n"
    "澄江市盐务局\n"
    "2026年7月15日"
)

# ------------------------------------------------------- a weak point told to the agency's own departments

# The garden's security check of its rare-plant greenhouse, told to its own departments, gaps not yet closed.
GARDEN_SECURITY_CHECK = (
    "关于珍稀植物温室安防设施检查情况的通报\n"
    "\n"
    "园内各部室：\n"
    "    安全保卫部于5月10日至12日对珍稀植物温室的安防设施进行了检查，现将有关情况通报如下：\n"
    "    一、温室西侧通风窗共8扇，其中3扇窗锁损坏，夜间无法关闭，至今未更换。\n"
    "    二、温室内兰科植物展区的2路摄像机自4月起离线，该区域夜间无监控。\n"
    "    三、夜间巡逻由1名保安负责全园，每晚仅巡查温室一次。\n"
    "    请园艺部、设备部于5月底前完成整改。\n"
    "\n"
    "青岚市植物园安全保卫部\n"
    "2026年5月14日"
)
# The observatory's check of its remote observing base, told to its departments.
OBSERVATORY_SECURITY_CHECK = (
    "关于野外观测基地安全防范情况的通报\n"
    "\n"
    "台内各部门：\n"
    "    办公室会同设备科于3月对凤凰岭野外观测基地进行了安全检查。基地周界围网东南段约60米被大风吹倒，尚未"
    "修复；"
    "红外报警装置2台故障，已报修未到货；基地夜间无人值守，仅靠远程视频查看，而视频存储只能保存7天。"
    "基地存放的大口径望远镜主镜价值约380万元。\n"
    "    各部门要提高防范意识，设备科要在4月15日前完成围网修复。\n"
    "\n"
    "青岚市天文台办公室\n"
    "2026年3月22日"
)
# Twin: the garden tells the public a greenhouse is closed for work on its cameras and doors.
GARDEN_CLOSURE_NOTICE = (
    "关于珍稀植物温室闭馆维护的公告\n"
    "\n"
    "    为提升游览环境，青岚市植物园珍稀植物温室将于2026年6月1日至6月15日闭馆，进行监控系统升级和门窗维护。"
    "闭馆期间其他展区正常开放，给您带来的不便敬请谅解。\n"
    "\n"
    "青岚市植物园\n"
    "2026年5月20日"
)

# Main decided these 主动公开, 依申请公开 or 删减后公开 but for the observatory's check (a guard it already
# withheld); the rules alone reach all of them now.
WITHHELD = [
    pytest.param(LOCK_OPINION_REPLY, Category.PROCESS_INFO, id="lock-opinion-reply"),
    pytest.param(GARDEN_DRAFTING_NOTE, Category.PROCESS_INFO, id="garden-drafting-note"),
    pytest.param(OBSERVATORY_NOT_ONLINE, Category.WORK_SECRET, id="observatory-not-online"),
    pytest.param(SALT_NOT_FOR_OUTSIDERS, Category.WORK_SECRET, id="salt-not-for-outsiders"),
    pytest.param(TAIWAN_COMPATRIOT_REPLY, Category.TRADE_SECRET, id="taiwan-compatriot-reply"),
    pytest.param(GARDEN_PETITION_REPLY, Category.TRADE_SECRET, id="garden-petition-reply"),
    pytest.param(GARDEN_SECURITY_CHECK, Category.SECURITY_RISK, id="garden-security-check"),
    pytest.param(OBSERVATORY_SECURITY_CHECK, Category.SECURITY_RISK, id="observatory-security-check"),
]


test_a_paper_whose_matter_is_exempt_is_withheld_whole = weighed_test(WITHHELD, Attribute.WITHHELD)


test_the_rules_alone_withhold_it = weighed_test(WITHHELD, Attribute.WITHHELD, "rules_alone")


test_the_public_twins_stay_public = public_test(
    [
        pytest.param(GARDEN_CONSULTATION_NOTICE, id="consultation-notice"),
        pytest.param(OBSERVATORY_WEBSITE_RULE, id="website-rule"),
        pytest.param(SALT_HEALTH_BULLETIN, id="cases-counted"),
        pytest.param(GARDEN_CLOSURE_NOTICE, id="closure-notice"),
    ]
)


def test_a_reply_explaining_the_rule_stays_on_request(engine: Engine) -> None:
    report = report_of(engine, TAIWAN_RULE_REPLY)
    assert report.attribute is Attribute.ON_REQUEST
    assert not any(f.category is Category.TRADE_SECRET for f in weighing(report))
