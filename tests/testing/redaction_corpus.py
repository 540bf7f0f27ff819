"""Hand-written documents for the redaction round trip: lists, decisions, replies and tables in every
format redact writes, each with every personal value in it labelled.

The persons, numbers and places are invented; identity numbers get a correct check character. A value
is labelled as it would be written plainly (``13912345678``); the documents also write some of them
full-width, spaced or hyphenated, and the round trip looks for them in those forms too.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.comments import Comment

from secreview.validators import gb11643_check_char
from tests.testing.docx_builder import (
    build_docx,
    deleted,
    paragraph,
    runs_paragraph,
    table,
    textbox_paragraph,
)


def rid(first17: str) -> str:
    """A resident identity number: the 17 digits given and their check character."""
    return first17 + gb11643_check_char(first17)


def full_width(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


@dataclass(frozen=True, slots=True)
class Labelled:
    name: str
    suffix: str
    build: Callable[[], bytes]
    values: tuple[str, ...]  # every personal value, as plainly written


def _workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- plain text --------------------------------------------------------------------------------

PENALTY_ID = rid("43010419850712321")
PENALTY = f"""长沙市某区城市管理和综合执法局
行政处罚决定书
某城管罚决字〔2024〕第0137号

当事人:刘建国,男,1985年7月12日出生,身份证号码:{PENALTY_ID},
住址:长沙市岳麓区桃子湖路36号4栋1单元602室,联系电话:186 7312 5590。
2024年5月9日,我局执法人员在巡查中发现,当事人驾驶的车牌号为湘AD12345的小型汽车在人行道上违法停放,
并在该处占道堆放建筑材料。当事人的上述行为违反了《城市市容和环境卫生管理条例》第十四条的规定。
依据有关规定,我局决定对当事人处以罚款人民币伍佰元整。
罚款缴入指定账户,当事人如不服本决定,可在收到本决定书之日起六十日内申请行政复议。

长沙市某区城市管理和综合执法局
2024年5月20日
"""

REPLY_ID = rid("43012119670302402")
REPLY = f"""信访事项答复意见书

王秀英(身份证号{REPLY_ID}):
你于2024年3月5日通过网上信访平台反映的问题收悉。经调查核实,现答复如下:
你本人患有2型糖尿病和高血压,家庭年收入较低,申请纳入医疗救助范围。经审核,你符合条件,
救助资金将发放至你的社会保障卡银行账户6217 0029 2010 0345 678。
如有疑问,可致电经办人员核实,或通过电子邮箱wangxiuying1967@163.com与我们联系。
你家住芙蓉区东屯渡街道火炬村三组27号,街道工作人员将上门回访。
如对本答复意见不服,可自收到之日起30日内向上一级行政机关申请复查。

某区信访局
2024年4月2日
"""

WELFARE = "\n".join(
    [
        "某街道2024年第二季度城乡低保对象公示",
        "根据有关规定,现将新增低保对象公示如下,公示期7天:",
        f"1. 户主陈桂兰,身份证号 430104 19520817 {rid('43010419520817102')[-4:]},"
        f"联系电话 {full_width('13507318826')},家庭人口3人,致困原因:因病。",
        f"2. 户主赵志强,身份证号{rid('43010419780921451')},电话139-7315-2264,家庭人口2人,致困原因:残疾。",
        f"3. 户主孙丽,身份证号{rid('43010419900113882')},手机号19212345678,家庭人口1人,致困原因:失业。",
        "如有异议,请于公示期内向街道民政办反映。监督电话:0731-84123456",
    ]
)
# The households' names (陈桂兰, 赵志强, 孙丽) are not here: a 低保对象公示 publishes them by rule (PN003,
# low), and redact leaves them unless the configuration says redact-public-names = true.
WELFARE_VALUES = (
    rid("43010419520817102"),
    "13507318826",
    rid("43010419780921451"),
    "13973152264",
    rid("43010419900113882"),
    "19212345678",
)

# --- Word ---------------------------------------------------------------------------------------

ASSIST_IDS = (rid("43010219731105302"), rid("43010219880624151"), rid("43010220010309602"))


def _assistance() -> bytes:
    return build_docx(
        [
            paragraph("某街道2024年临时救助审批对象公示"),
            runs_paragraph(["经个人申请、入户调查、民主评议,拟对以下", "3户家庭给予临时救助:"]),
            table(
                [
                    ["序号", "姓名", "身份证号码", "家庭住址", "致困原因", "救助金额(元)"],
                    ["1", "周德明", ASSIST_IDS[0], "开福区四方坪街道双拥路88号", "重大疾病", "3000"],
                    ["2", "吴海燕", ASSIST_IDS[1], "开福区伍家岭街道新河社区5栋", "意外事故", "2000"],
                    ["3", "郑小军", ASSIST_IDS[2], "开福区东风路街道砚瓦池社区", "突发火灾", "2500"],
                ]
            ),
            runs_paragraph(["周德明家属联系电话:138", "7488", "1902", "。"]),
            runs_paragraph(["补充:", deleted(f"原登记身份证号 {rid('43010219731105311')}"), "无。"]),
            textbox_paragraph("经办人核对:吴海燕 手机 15874123698", before="备注见框内"),
            paragraph("公示期为2024年6月3日至6月9日。"),
        ],
        headers=["临时救助公示 联系人手机 13607311459"],
        footnotes=[f"注:郑小军身份证号 {ASSIST_IDS[2]},已核验。"],
        comments=["请再核对吴海燕的银行卡号 6228480402564890018"],
        title="临时救助公示",
        creator="民政办张某某",
    )


APPLICANT_ID = rid("43010519791230153")


def _disclosure_reply() -> bytes:
    return build_docx(
        [
            paragraph("政府信息公开申请答复书"),
            paragraph("某政告〔2024〕第21号"),
            runs_paragraph(["黄", "志", "刚:"]),
            paragraph(
                f"本机关于2024年7月1日收到你(身份证号:{APPLICANT_ID},"
                "通讯地址:长沙市雨花区韶山中路419号2栋703室,邮编410007)提出的政府信息公开申请,"
            ),
            runs_paragraph(
                [
                    "你申请公开“某项目征收补偿方案”。联系电话:",
                    "1587",
                    "4201",
                    "337,电子邮箱:huangzg_79@qq.com。",
                ]
            ),
            paragraph("经审查,你申请的信息属于主动公开范围,已在本机关门户网站公开。"),
            paragraph("某区人民政府办公室"),
            paragraph("2024年7月12日"),
        ],
        creator="黄志刚",
    )


def _review_decision() -> bytes:
    return build_docx(
        [
            paragraph("行政复议决定书"),
            paragraph("某复决字〔2024〕15号"),
            paragraph(
                f"申请人:何美玲,女,汉族,1983年2月出生,身份证号{rid('43012419830214502')},"
                "住湖南省宁乡市玉潭街道新康路109号。"
            ),
            paragraph("委托代理人:何建华,系申请人之兄,联系电话13787090215。"),
            paragraph("被申请人:某县人力资源和社会保障局。"),
            paragraph(
                "申请人不服被申请人作出的工伤认定决定,于2024年3月4日向本机关申请行政复议。"
                "申请人称其在工作中受伤,经诊断为右手腕粉碎性骨折,伤后一直在家休养。"
            ),
            table(
                [
                    ["证据名称", "提交人", "联系方式"],
                    ["诊断证明", "何美玲", "0731-87812260"],
                    ["工资卡流水", "何美玲", "工资卡号 6214 8373 1200 4561"],
                ]
            ),
            paragraph("本机关决定:撤销被申请人作出的不予认定工伤决定。"),
        ],
        footers=["第 1 页"],
    )


# --- spreadsheets ------------------------------------------------------------------------------

SUBSIDY_IDS = (rid("43012219630521732"), rid("43012219750817442"), rid("43012219911102155"))


def _subsidy() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "发放名单"
    sheet.append(["2024年困难残疾人生活补贴发放名单"])
    sheet.append(["序号", "姓名", "身份证号码", "残疾类别", "残疾等级", "一卡通账号", "联系电话"])
    sheet.append([1, "邓国富", SUBSIDY_IDS[0], "肢体", "二级", "81010000123456789", "13975180264"])
    sheet.append([2, "罗春花", SUBSIDY_IDS[1], "视力", "一级", "81010000987654321", "18229461753"])
    sheet.append([3, "彭亮", SUBSIDY_IDS[2], "精神", "三级", "81010000555566667", "17773125806"])
    sheet["B5"].comment = Comment("彭亮监护人:彭志远 13017312288", "经办")
    sheet.row_dimensions[5].hidden = True
    sheet["H3"] = '=B3&"("&G3&")"'
    archive = workbook.create_sheet("原始登记")
    archive.sheet_state = "hidden"
    archive.append(["姓名", "银行卡号", "家庭住址"])
    archive.append(["邓国富", "6222 0219 0100 1234 561", "望城区高塘岭街道郭亮社区14组"])
    workbook.properties.creator = "残联经办人"
    return _workbook_bytes(workbook)


SUBSIDY_VALUES = (
    "邓国富",
    "罗春花",
    "彭亮",
    *SUBSIDY_IDS,
    "81010000123456789",
    "81010000987654321",
    "81010000555566667",
    "13975180264",
    "18229461753",
    "17773125806",
    "彭志远",
    "13017312288",
    "6222021901001234561",
    "望城区高塘岭街道郭亮社区14组",
)


def _parking() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "台账"
    sheet.append(["违法停车处理台账(2024年8月)"])
    sheet.append(["日期", "车牌号", "当事人", "联系电话", "处理结果"])
    sheet.append(["8月3日", "湘A·5T7Q2", "蒋文", "15243108867", "警告"])
    sheet.append(["8月11日", "湘AF03386", "唐晓东", "13637480027", "罚款200元"])
    sheet.append(["8月19日", "湘A2K91学", "欧阳娟", "19973106652", "罚款150元"])
    return _workbook_bytes(workbook)


PARKING_VALUES = (
    "湘A5T7Q2",
    "湘AF03386",
    "湘A2K91学",
    "蒋文",
    "唐晓东",
    "欧阳娟",
    "15243108867",
    "13637480027",
    "19973106652",
)

HARDSHIP_IDS = (rid("43011119700405203"), rid("43011119820816351"))
HARDSHIP = (
    "序号,姓名,性别,身份证号,所患疾病,家庭住址,联系电话\r\n"
    f'1,龙翠英,女,{HARDSHIP_IDS[0]},尿毒症,"天心区坡子街街道西牌楼社区7栋,302室",{full_width("13874960031")}\r\n'
    f'2,"谢晓斌",男,{HARDSHIP_IDS[1]},白血病,天心区裕南街街道仰天湖社区,"158 7315 6672"\r\n'
)
HARDSHIP_VALUES = (
    "龙翠英",
    *HARDSHIP_IDS,
    "尿毒症",
    "天心区坡子街街道西牌楼社区7栋,302室",
    "13874960031",
    "谢晓斌",
    "白血病",
    "天心区裕南街街道仰天湖社区",
    "15873156672",
)

MEDICAL = (
    "医疗救助对象名单\t\t\t\r\n"
    "姓名\t身份证号码\t病种\t银行账号\r\n"
    f"曾凡\t{rid('43010319550601301')}\t肝硬化\t6217002920100456781\r\n"
    f"邹玉梅\t{rid('43010319610927522')}\t乳腺癌\t6217002920100456799\r\n"
)
MEDICAL_VALUES = (
    "曾凡",
    rid("43010319550601301"),
    "肝硬化",
    "6217002920100456781",
    "邹玉梅",
    rid("43010319610927522"),
    "乳腺癌",
    "6217002920100456799",
)

# --- web pages -------------------------------------------------------------------------------------

NOTICE_IDS = (rid("43018119920708421"), rid("43018119870223635"))
NOTICE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年公益性岗位拟聘人员补贴发放公示</title>
<meta name="description" content="补贴发放公示"></head>
<body>
<h1>2024年公益性岗位补贴发放情况</h1>
<p>以下人员补贴已于7月发放。卢建平的联系电话已变更为<span>136</span>&#55;4851207,
代领人钟&nbsp;丽华。</p>
<table>
<tr><th>姓名</th><th>身份证号码</th><th>联系电话</th><th>家庭住址</th></tr>
<tr><td>卢建平</td><td>{NOTICE_IDS[0]}</td><td>139&nbsp;7419&nbsp;0856</td><td>浏阳市集里街道神仙坳社区</td></tr>
<tr><td>贺&#x5A1F;</td><td>{NOTICE_IDS[1]}</td><td>18874306615</td><td>浏阳市淮川街道北正社区</td></tr>
</table>
<img src="photo.jpg" alt="卢建平本人照片,身份证 {NOTICE_IDS[0]}">
<!-- 待核实:卢建平 另一手机 18711173320 -->
</body></html>
"""
# The names in the table (卢建平, 贺娟) are not here: a 补贴发放公示 publishes them by rule (PN003, low),
# and redact leaves them unless the configuration says redact-public-names = true. Nor are its addresses
# (浏阳市集里街道神仙坳社区): a list made public by rule keeps them to the village or community level.
NOTICE_VALUES = (
    "钟丽华",
    "13674851207",
    *NOTICE_IDS,
    "13974190856",
    "18874306615",
    "18711173320",
)

LETTER = f"""<html><head><meta charset="gb2312"><title>关于范文斌同志来信的答复</title></head><body>
<p>范文斌同志:</p>
<p>您于2024年9月2日来信反映的拆迁安置问题收悉。
经核查,您家位于岳麓区望月湖街道望月湖一片9栋4门201的住房属于征收范围。
您反映本人因患肺癌正在化疗,家庭困难,
我们已将您的情况转交街道,将于近期联系您(联系电话 <b>15116207739</b>)。</p>
<p>如需补充材料,请发送至 <a href="mailto:fanwb0725@sina.com">fanwb0725@sina.com</a>。</p>
<input type="hidden" name="applicant" value="{rid("43010419600725031")}">
</body></html>
"""
LETTER_VALUES = (
    "范文斌",
    "望月湖一片9栋4门201",
    "肺癌",
    "15116207739",
    "fanwb0725@sina.com",
    rid("43010419600725031"),
)


def _consultation_notice() -> bytes:
    """A draft for comment whose contact person is also the file's author: clearing the author must not
    turn the office's contact block into personal data."""
    return build_docx(
        [
            paragraph("关于公开征求《某市城市道路停车管理办法(征求意见稿)》意见的公告"),
            paragraph(
                "为提高立法质量,现将《某市城市道路停车管理办法(征求意见稿)》全文公布,征求社会各界意见。"
            ),
            paragraph("征求意见截止日期为2024年10月31日。"),
            paragraph("联系人:钱立新"),
            paragraph("联系电话:0731-88867512"),
            paragraph("电子邮箱:qianlixin@163.com"),
            paragraph("通信地址:某市芙蓉中路二段88号市交通运输局法规科"),
            paragraph("某市交通运输局"),
            paragraph("2024年9月30日"),
        ],
        creator="钱立新",
    )


CORPUS: tuple[Labelled, ...] = (
    Labelled(
        "penalty-decision",
        ".txt",
        PENALTY.encode,
        # The party's name (刘建国) is not here: a 行政处罚决定书 publishes its party by name (PN009, low; the
        # lead's session-20 decision), and redact leaves it unless redact-public-names = true.
        (
            PENALTY_ID,
            "长沙市岳麓区桃子湖路36号4栋1单元602室",
            "18673125590",
            "湘AD12345",
        ),
    ),
    Labelled(
        "petition-reply",
        ".txt",
        lambda: REPLY.encode("gb18030"),
        (
            "王秀英",
            REPLY_ID,
            "2型糖尿病",
            "高血压",
            "6217002920100345678",
            "wangxiuying1967@163.com",
            "芙蓉区东屯渡街道火炬村三组27号",
        ),
    ),
    Labelled("welfare-list", ".md", lambda: WELFARE.encode("utf-8-sig"), WELFARE_VALUES),
    Labelled(
        "assistance-table",
        ".docx",
        _assistance,
        (
            "周德明",
            "吴海燕",
            "郑小军",
            *ASSIST_IDS,
            "开福区四方坪街道双拥路88号",
            "开福区伍家岭街道新河社区5栋",
            "开福区东风路街道砚瓦池社区",
            "重大疾病",
            "13874881902",
            rid("43010219731105311"),
            "15874123698",
            "13607311459",
            "6228480402564890018",
            "民政办张某某",
        ),
    ),
    Labelled(
        "disclosure-reply",
        ".docx",
        _disclosure_reply,
        (
            "黄志刚",
            APPLICANT_ID,
            "长沙市雨花区韶山中路419号2栋703室",
            "15874201337",
            "huangzg_79@qq.com",
        ),
    ),
    Labelled(
        "review-decision",
        ".docx",
        _review_decision,
        (
            "何美玲",
            rid("43012419830214502"),
            "湖南省宁乡市玉潭街道新康路109号",
            "何建华",
            "13787090215",
            "右手腕粉碎性骨折",
            "0731-87812260",
            "6214837312004561",
        ),
    ),
    Labelled("consultation-notice", ".docx", _consultation_notice, ()),
    Labelled("disability-subsidy", ".xlsx", _subsidy, SUBSIDY_VALUES),
    Labelled("parking-ledger", ".xlsx", _parking, PARKING_VALUES),
    Labelled("hardship-list", ".csv", lambda: HARDSHIP.encode("utf-8-sig"), HARDSHIP_VALUES),
    Labelled("medical-aid", ".csv", lambda: MEDICAL.encode("gb18030"), MEDICAL_VALUES),
    Labelled("subsidy-page", ".html", NOTICE.encode, NOTICE_VALUES),
    Labelled("letter-page", ".html", lambda: LETTER.encode("gb18030"), LETTER_VALUES),
)
