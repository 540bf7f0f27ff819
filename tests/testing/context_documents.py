"""Hand-written labelled documents for the context edges of issue 16: columns that decide for their cells,
the person a pronoun or a salutation stands for, role words that are not names, and names a rule makes
public. Each document has its own wording and is built as the file type named (docx, xlsx, csv, html or
txt) with the test builders; its gold values are searched in the extracted text, every occurrence a span.

Labels: the personal categories (``person_name``, ``id_number``, ``phone``, ``bank_account``,
``vehicle_plate``, ``email``, ``address``, ``sensitive_personal``) must be found at medium or high;
``published`` names may be found at ``low`` only; ``official`` and ``not_personal`` values never.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from openpyxl import Workbook

from tests.testing.docx_builder import build_docx, paragraph, table
from tests.testing.xlsx_builder import workbook_bytes

PUBLISHED = "published"
OFFICIAL = "official"
NOT_PERSONAL = "not_personal"
PERSONAL = (
    "person_name",
    "id_number",
    "phone",
    "bank_account",
    "vehicle_plate",
    "email",
    "address",
    "sensitive_personal",
)

Rows = Sequence[Sequence[str]]


@dataclass(frozen=True)
class ContextDocument:
    name: str
    kind: str  # docx, xlsx, csv, html, txt
    before: Sequence[str] = ()
    rows: Rows = ()
    after: Sequence[str] = ()
    gold: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (label, value)

    @property
    def suffix(self) -> str:
        return f".{self.kind}"

    def data(self) -> bytes:
        if self.kind == "docx":
            body = [paragraph(line) for line in self.before]
            body += [table([list(row) for row in self.rows])] if self.rows else []
            body += [paragraph(line) for line in self.after]
            return build_docx(body)
        if self.kind == "xlsx":
            workbook = Workbook()
            sheet = workbook.active
            assert sheet is not None
            for line in self.before:
                sheet.append([line])
            for row in self.rows:
                sheet.append([value if value else None for value in row])
            for line in self.after:
                sheet.append([line])
            return workbook_bytes(workbook)
        if self.kind == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            for row in self.rows:
                writer.writerow(row)
            return buffer.getvalue().encode("utf-8")
        if self.kind == "html":
            lines = "".join(f"<p>{escape(line)}</p>" for line in self.before)
            cells = "".join(
                "<tr>" + "".join(f"<{tag}>{escape(value)}</{tag}>" for value in row) + "</tr>"
                for tag, row in (("th" if index == 0 else "td", row) for index, row in enumerate(self.rows))
            )
            table_markup = f"<table border=1>{cells}</table>" if self.rows else ""
            after = "".join(f"<p>{escape(line)}</p>" for line in self.after)
            page = (
                f'<html><head><meta charset="utf-8"></head><body>{lines}{table_markup}{after}</body></html>'
            )
            return page.encode("utf-8")
        assert self.kind == "txt"
        text = "\n".join([*self.before, *("\t".join(row) for row in self.rows), *self.after]) + "\n"
        return text.encode("utf-8")


def _d(
    name: str, kind: str, before: Sequence[str], rows: Rows, after: Sequence[str], *gold: tuple[str, str]
) -> ContextDocument:
    return ContextDocument(name, kind, tuple(before), tuple(tuple(row) for row in rows), tuple(after), gold)


N, ID, PH, BA, VP, EM, AD, SE = PERSONAL

COLUMN_DOCUMENTS = [
    _d(
        "temporary-relief-docx",
        "docx",
        ["白沙县民政局关于2025年第二批临时救助对象的公示", "经乡镇审核、县局审批,下列家庭纳入临时救助:"],
        [
            ["序号", "申请人", "身份证号码", "手机", "致困原因", "救助金额(元)"],
            ["1", "阿依古丽·买买提", "653101198807154421", "19212345678", "突发重大变故", "3000"],
            ["2", "欧阳晓", "", "16612340987", "子女就学负担重", "2000"],
            ["3", "覃楚", "430102197503023315", "", "家中失火", "2500"],
        ],
        ["公示期五个工作日,监督电话:0731-85880114。"],
        (N, "阿依古丽·买买提"),
        (N, "欧阳晓"),
        (N, "覃楚"),
        (ID, "653101198807154421"),
        (ID, "430102197503023315"),
        (PH, "19212345678"),
        (PH, "16612340987"),
        (SE, "突发重大变故"),
        (SE, "子女就学负担重"),
        (SE, "家中失火"),
        (NOT_PERSONAL, "0731-85880114"),
    ),
    _d(
        "subsidy-bank-xlsx",
        "xlsx",
        ["柳河县2025年耕地地力保护补贴发放明细"],
        [
            ["序号", "户主姓名", "一卡通账号", "补贴面积(亩)", "补贴金额", "家庭住址"],
            ["1", "钟小满", "8101 0200 3345 6677 01", "6.5", "780", "柳河县桃源镇新河村五组"],
            ["2", "诸葛青", "81010200334511223", "3.2", "384", "柳河县桃源镇新河村7组21号"],
            ["3", "韦一", "6217 9955 0000 1234", "4.0", "480", ""],
        ],
        ["制表单位:桃源镇农业综合服务中心"],
        (N, "钟小满"),
        (N, "诸葛青"),
        (N, "韦一"),
        (BA, "8101 0200 3345 6677 01"),
        (BA, "81010200334511223"),
        (BA, "6217 9955 0000 1234"),
        (AD, "柳河县桃源镇新河村五组"),
        (AD, "柳河县桃源镇新河村7组21号"),
    ),
    _d(
        "illness-csv",
        "csv",
        [],
        [
            ["编号", "患者姓名", "性别", "病种", "联系电话", "车牌号"],
            ["A01", "上官雨", "女", "系统性红斑狼疮", "17012345678", "湘A·D12345"],
            ["A02", "滕飞", "男", "慢性肾功能衰竭", "14987654321", ""],
            ["A03", "冉冉", "女", "无", "", "湘B8K2L9"],
        ],
        [],
        (N, "上官雨"),
        (N, "滕飞"),
        (N, "冉冉"),
        (SE, "系统性红斑狼疮"),
        (SE, "慢性肾功能衰竭"),
        (PH, "17012345678"),
        (PH, "14987654321"),
        (VP, "湘A·D12345"),
        (VP, "湘B8K2L9"),
    ),
    _d(
        "disabled-html",
        "html",
        ["云湖县残疾人两项补贴申领名单(第三季度)"],
        [
            ["序号", "姓名", "残疾类别", "残疾等级", "住址", "电子邮箱"],
            ["1", "龙飞燕", "肢体", "二级", "云湖县河口街道滨江路16号", "longfy@163.com"],
            ["2", "尹家宝", "听力", "四级", "云湖县河口街道滨江路2栋", "yjb1990@qq.com"],
            ["3", "闵秀", "智力", "三级", "云湖县长岗镇", ""],
        ],
        ["以上名单自公布之日起公示七日。"],
        (N, "龙飞燕"),
        (N, "尹家宝"),
        (N, "闵秀"),
        (SE, "肢体"),
        (SE, "听力"),
        (SE, "智力"),
        (SE, "二级"),
        (SE, "四级"),
        (SE, "三级"),
        (AD, "云湖县河口街道滨江路16号"),
        (AD, "云湖县河口街道滨江路2栋"),
        (AD, "云湖县长岗镇"),  # not a list made public by rule: the 住址 column decides every cell
        (EM, "longfy@163.com"),
        (EM, "yjb1990@qq.com"),
    ),
    _d(
        "unit-contacts-xlsx",
        "xlsx",
        ["各乡镇防汛值班联系表"],
        [
            ["单位名称", "联系人", "职务", "联系电话"],
            ["石门镇人民政府", "汪涛", "副镇长", "13907310001"],
            ["云台乡人民政府", "韩雪", "党政办主任", "13907310002"],
        ],
        [],
        (NOT_PERSONAL, "汪涛"),
        (NOT_PERSONAL, "韩雪"),
    ),
    _d(
        "cadre-appointment-docx",
        "docx",
        ["中共安平市委组织部干部任前公示"],
        [
            ["姓名", "性别", "出生年月", "现任职务", "拟任职务"],
            ["郝建业", "男", "1978.06", "市民政局副局长", "市民政局局长"],
            ["龚丽", "女", "1982.11", "市教育局办公室主任", "市教育局副局长"],
        ],
        ["公示期间,如有情况反映,请与市委组织部联系。"],
        (OFFICIAL, "郝建业"),
        (OFFICIAL, "龚丽"),
    ),
    _d(
        "student-aid-html",
        "html",
        ["新田乡中心小学2025年春季学期困难学生生活补助名单"],
        [
            ["序号", "学生姓名", "年级", "困难类型", "监护人", "监护人电话"],
            ["1", "雷小虎", "三年级", "父母双亡", "雷大山", "13511112222"],
            ["2", "贺甜", "五年级", "单亲家庭", "贺美华", "13622223333"],
        ],
        [],
        (N, "雷小虎"),
        (N, "贺甜"),
        (N, "雷大山"),
        (N, "贺美华"),
        (SE, "父母双亡"),
        (SE, "单亲家庭"),
        (PH, "13511112222"),
        (PH, "13622223333"),
    ),
    _d(
        "hard-identifiers-xlsx",
        "xlsx",
        ["向阳村2025年度农村危房改造补助资金拨付花名册(内部核对用)"],
        [
            ["序号", "姓名", "身份证号码", "联系电话", "存折账号", "家庭住址", "车牌号"],
            [
                "1",
                "侯三妹",
                "43010219900307123X",
                "154 6707 8417",
                "62305201234567",
                "向阳村十一组",
                "湘F·3K9Q7",
            ],
            ["2", "邝大春", "4301021990030", "19419031420", "7301-0012-3456", "向阳村2组8号", ""],
        ],
        [],
        (N, "侯三妹"),
        (N, "邝大春"),
        (ID, "43010219900307123X"),
        (ID, "4301021990030"),
        (PH, "154 6707 8417"),
        (PH, "19419031420"),
        (BA, "62305201234567"),
        (BA, "7301-0012-3456"),
        (AD, "向阳村十一组"),
        (AD, "向阳村2组8号"),
        (VP, "湘F·3K9Q7"),
    ),
    _d(
        "masked-relief-csv",
        "csv",
        [],
        [
            ["序号", "户主姓名", "家庭人口", "致困原因", "家庭住址"],
            ["1", "张某某", "3", "因病", "和平村"],
            ["2", "李*明", "2", "因残", "红星村"],
        ],
        [],
    ),
]

REPLY_DOCUMENTS = [
    _d(
        "petition-reply-txt",
        "txt",
        [
            "石门镇人民政府信访事项答复意见书",
            "洪丽丽(身份证号430102198506124427):",
            "    你于2025年4月2日来信反映的生活困难问题收悉。经镇民政办入户核实,你本人患有系统性硬化症,"
            "丈夫于去年病故,你现独自抚养两个子女。",
            "    根据有关规定,镇政府已为你家申请临时救助。如对本答复不服,可在三十日内申请复查。",
            "石门镇人民政府",
        ],
        [],
        [],
        (N, "洪丽丽"),
        (ID, "430102198506124427"),
        (SE, "患有系统性硬化症"),
    ),
    _d(
        "comrade-reply-docx",
        "docx",
        [
            "关于滕建军同志来信反映问题的答复",
            "滕建军同志:",
            "    您2025年5月的来信收悉。经向县公安局核实,您所述其子曾因盗窃被判处有期徒刑一年一事属实,"
            "现已刑满释放。您本人信仰天主教,不影响办理相关手续。",
            "县信访局",
        ],
        [],
        [],
        (N, "滕建军"),
        (SE, "判处有期徒刑一年"),
        (SE, "刑满释放"),
        (SE, "信仰天主教"),
    ),
    _d(
        "policy-notice-txt",
        "txt",
        [
            "关于进一步做好因病致贫返贫防范工作的通知",
            "各乡镇人民政府:",
            "    你们要对患尿毒症、白血病等重大疾病的群众及时开展救助,其中符合条件的纳入低保。",
            "县民政局",
        ],
        [],
        [],
    ),
]

PUBLIC_DOCUMENTS = [
    _d(
        "dibao-publicity-xlsx",
        "xlsx",
        ["长岗镇2025年第三季度城乡低保新增对象公示", "经入户调查、民主评议,拟新增以下家庭为低保对象:"],
        [
            ["序号", "户主姓名", "家庭人口", "公民身份号码", "月保障金额"],
            ["1", "符春生", "4", "430102196811230017", "860"],
            ["2", "阮桂英", "1", "430102195202143324", "420"],
            ["3", "庞大海", "2", "", "610"],
        ],
        ["公示期7天。"],
        (PUBLISHED, "符春生"),
        (PUBLISHED, "阮桂英"),
        (PUBLISHED, "庞大海"),
        (ID, "430102196811230017"),
        (ID, "430102195202143324"),
    ),
    _d(
        "penalty-mentions-award-docx",
        "docx",
        [
            "西岗区市场监督管理局行政处罚事先告知书",
            "当事人:骆志强,男,1979年2月出生,公民身份号码430102197902115514。",
            "经查,当事人骆志强销售过期食品。当事人称其曾被列入区级表彰名单、享受过创业补贴,本机关不予采信。",
            "依据《中华人民共和国食品安全法》,本机关拟作出没收违法所得并处罚款五万元的行政处罚。",
        ],
        [],
        [],
        (N, "骆志强"),
        (ID, "430102197902115514"),
    ),
    _d(
        "procurement-result-html",
        "html",
        [
            "南屏市第一中学教学设备采购项目成交结果公告",
            "一、成交供应商:南屏市华通建材有限公司,成交金额:人民币壹佰贰拾万元整。",
            "二、评审专家名单:卜文静、卫东来、柏林、廉明",
            "三、采购人联系方式:南屏市第一中学,联系电话:0771-5550123。",
        ],
        [],
        [],
        (PUBLISHED, "卜文静"),
        (PUBLISHED, "卫东来"),
        (PUBLISHED, "柏林"),
        (PUBLISHED, "廉明"),
    ),
    _d(
        "company-penalty-txt",
        "txt",
        [
            "东岭区生态环境局行政处罚决定书",
            "当事人:东岭区青禾化工有限公司",
            "统一社会信用代码:91430102MA4L123X5K",
            "法定代表人:苗永福",
            "你单位未按规定落实污染防治措施,决定罚款十五万元。",
        ],
        [],
        [],
        (PUBLISHED, "苗永福"),
    ),
]

DOCUMENTS = [*COLUMN_DOCUMENTS, *REPLY_DOCUMENTS, *PUBLIC_DOCUMENTS]
