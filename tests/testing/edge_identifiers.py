"""Hand-written documents at the edges of the identifier rules, with every personal span labelled.

Each document is written out by hand (no template): mobile numbers of segments beyond the allocation table
with and without a cue, vehicle plates of every shape with and without a cue, office contact blocks with an
organisation's and a free mail provider's addresses, the same kinds of numbers inside lists of persons,
complaints and decisions about private persons, and nested matches. ``⟦category:value⟧`` marks a labelled
span; a line starting with ``|`` is a table row, the first row of a table being its column headings, and
the cells are joined by tabs and labelled with their heading as the extractors do. Names of persons are not
labelled (another set measures them): only the categories in ``CATEGORIES`` are scored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from secreview.extract.base import BODY, TABLE, ExtractedText, Segment

CATEGORIES = (
    "id_number",
    "phone",
    "bank_account",
    "email",
    "vehicle_plate",
    "address",
    "sensitive_personal",
)
_MARK = regex.compile(r"⟦([a-z_]+):([^⟧]+)⟧")


@dataclass(frozen=True)
class EdgeDocument:
    kind: str
    text: str
    labels: tuple[tuple[int, int, str], ...]
    segments: tuple[Segment, ...] = field(default=())

    def extracted(self) -> ExtractedText:
        return ExtractedText(self.text, list(self.segments))


class _Writer:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.labels: list[tuple[int, int, str]] = []
        self.segments: list[Segment] = []
        self.length = 0

    def add(self, source: str, heading: str | None = None) -> None:
        start = self.length
        position = 0
        for mark in _MARK.finditer(source):
            self._plain(source[position : mark.start()])
            category, value = mark.group(1), mark.group(2)
            if category not in CATEGORIES:
                raise ValueError(f"unknown category {category!r}")
            self.labels.append((self.length, self.length + len(value), category))
            self._plain(value)
            position = mark.end()
        self._plain(source[position:])
        if self.length > start:
            part, label = (BODY, None) if heading is None else (TABLE, heading)
            self.segments.append(Segment(start, self.length, part, label=label))

    def _plain(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)


def _document(kind: str, source: str) -> EdgeDocument:
    writer = _Writer()
    headings: list[str] | None = None
    for line in source.strip("\n").split("\n"):
        if not line.startswith("|"):
            headings = None
            writer.add(line + "\n")
            continue
        cells = line.strip("|").split("|")
        if headings is None:
            headings = cells
            writer.add("\t".join(cells) + "\n")
            continue
        for index, cell in enumerate(cells):
            if index:
                writer.pieces.append("\t")
                writer.length += 1
            writer.add(cell, heading=headings[index] if index < len(headings) else None)
        writer.pieces.append("\n")
        writer.length += 1
    return EdgeDocument(kind, "".join(writer.pieces), tuple(writer.labels), tuple(writer.segments))


_SOURCES: tuple[tuple[str, str], ...] = (
    (
        "低保公示表(新号段,联系电话列)",
        """
关于2025年第三季度城乡低保新增对象的公示
根据《社会救助暂行办法》,经入户调查、民主评议,现将新增对象公示如下:
|序号|户主姓名|身份证号码|联系电话|家庭住址|保障人口
|1|罗春梅|⟦id_number:440106198202044936⟧|⟦phone:19412345678⟧|⟦address:花桥镇新塘村5组12号⟧|3
|2|曾德明|⟦id_number:37010219770528233X⟧|⟦phone:16812340076⟧|⟦address:花桥镇石门村2组7号⟧|1
|3|贺秀兰|⟦id_number:510104194007104208⟧|⟦phone:14912345001⟧|⟦address:花桥镇新塘村8组3号⟧|2
|4|龚建华|⟦id_number:350102196105046511⟧|⟦phone:13707314521⟧|⟦address:花桥镇龙潭村1组20号⟧|4
公示期为2025年10月9日至10月15日。
""",
    ),
    (
        "名单(行内有身份证号,无电话字样)",
        """
2025年度高龄津贴发放对象名单
1. 汤桂英 ⟦id_number:330106194011273046⟧ ⟦phone:15412340922⟧ 龙潭村
2. 毛志强 ⟦id_number:410105194112278093⟧ ⟦phone:17912346650⟧ 新塘村
3. 邵玉兰 ⟦id_number:110105195310238280⟧ ⟦phone:13512348866⟧ 石门村
以上人员经村(居)委会初审、镇人民政府审核,符合发放条件。
""",
    ),
    (
        "行政处罚决定书(当事人联系电话新号段)",
        """
行政处罚决定书
当事人:严海燕,女,1994年1月29日出生,公民身份号码:⟦id_number:330106199401292608⟧,住址:⟦address:某市某区韶山北路56号3栋2单元201室⟧,联系电话:⟦phone:16012347788⟧。
经查,当事人于2025年3月12日驾驶车牌号为⟦vehicle_plate:湘AX12345⟧的小型轿车在人民路违法停车,拒不驶离。
另查明,当事人名下另有一辆号牌为⟦vehicle_plate:湘A1234学⟧的教练车。
依据《中华人民共和国道路交通安全法》第九十三条,决定罚款人民币二百元。
如不服本决定,可在收到本决定书之日起六十日内申请行政复议。
某市公安局交通警察支队
2025年3月20日
""",
    ),
    (
        "车辆登记表(车牌号列)",
        """
某小区业主车辆登记备案表
|序号|业主|车牌号|车辆类型
|1|钱国庆|⟦vehicle_plate:粤BABCDE⟧|小型轿车
|2|孔令辉|⟦vehicle_plate:粤B1234挂⟧|半挂车
|3|戴红梅|⟦vehicle_plate:粤BD12345⟧|新能源小型车
|4|莫小军|⟦vehicle_plate:粤B12345F⟧|新能源大型车
|5|向华|⟦vehicle_plate:粤BX9Y8Z7⟧|小型轿车
""",
    ),
    (
        "信访答复(车辆、号牌)",
        """
关于谭丽君同志来信反映问题的答复意见
谭丽君同志:
你反映的车辆被占用问题已收悉。经核查,你所述号牌⟦vehicle_plate:湘F·2C3D4⟧的车辆于2025年4月已依法解除查封,号牌⟦vehicle_plate:湘FK1234警⟧的车辆系公安机关在编警车,与你反映的问题无关。
你留下的手机号码⟦phone:19212340087⟧将仅用于本次答复的回访。
某县信访局
2025年5月6日
""",
    ),
    (
        "工作总结(无提示的号段与号牌)",
        """
某县2024年交通运输工作总结
全年新增公交线路3条,新投放公交车45辆,车辆编号自湘K01234起连续编列。
全县道路运输从业人员14012345678人次参加安全培训(系统累计数),比上年增长12.3%。
客运站售票系统订单号19412345678001已归档。
执法大队新增执法车辆6辆,其中湘K88888等4辆已完成喷涂。
""",
    ),
    (
        "征求意见稿(末尾联系方式,免费邮箱)",
        """
某市城市绿化管理条例(征求意见稿)
第一条 为了促进城市绿化事业发展,改善生态环境,制定本条例。
第二条 本市行政区域内城市绿化的规划、建设、保护和管理,适用本条例。
第三十条 本条例自2026年1月1日起施行。
公众可在2025年11月30日前通过以下方式反馈意见:
联系人:万晓东
联系电话:13974108526
电子邮箱:szlhc2025@163.com
通讯地址:某市人民中路288号市城市管理局园林绿化处(邮编410011)
""",
    ),
    (
        "通知(联系方式一节在中间)",
        """
关于举办2025年度全市政务公开业务培训班的通知
各区县(市)政务公开办公室,市直各单位:
为提升政务公开工作人员业务能力,定于2025年9月举办全市政务公开业务培训班。现将有关事项通知如下:
一、培训时间
2025年9月16日至18日,共3天。
二、联系方式
联系人:秦建军、白芳
手机:18907310021、15874126603
邮箱:zwgkpx@qq.com
三、其他事项
请各单位于9月10日前将报名回执发送至上述邮箱。
某市人民政府办公室
2025年8月25日
""",
    ),
    (
        "年度报告(机关联系方式)",
        """
某区人民政府2024年政府信息公开工作年度报告
本报告由某区人民政府办公室编制。本报告电子版可在某区人民政府门户网站下载。如对本报告有任何疑问,请与某区政务公开办公室联系(地址:某区府前路1号,邮编:412000,电话:0731-22881234,电子邮箱:qzgkb@126.com)。
一、总体情况
2024年,共主动公开政府信息3528条,受理政府信息公开申请46件。
六、其他需要报告的事项
本年度未收取信息处理费。
联系电话:15973380012
电子邮箱:qzxxgk@sina.com
""",
    ),
    (
        "通知(机关自有域名邮箱)",
        """
关于公开招聘2025年度见习岗位人员的通知
报名者请将简历发送至 hr@hnjtzy.com.cn 或 zhaopin@csu.edu.cn,邮件标题注明“见习岗位+姓名”。
市人才交流中心邮箱 rcjlzx@hnrc.org.cn 同时受理咨询。
附件:报名表
""",
    ),
    (
        "投诉书(个人联系方式在末尾)",
        """
投诉书
被投诉人:某物业服务有限公司
投诉事项:小区电梯长期故障,物业拒不维修。
事实与理由:自2025年2月起,3号楼电梯多次停运,本人多次向物业反映无果。
投诉人:邹国平
联系电话:⟦phone:13873192046⟧
电子邮箱:⟦email:zouguoping1968@qq.com⟧
工作邮箱(投诉人本人):⟦email:zougp@hnjxjt.com.cn⟧
住址:⟦address:某市某区芙蓉路166号7栋1单元502室⟧
2025年6月3日
""",
    ),
    (
        "处罚决定书(当事人联系方式,机关联系方式在末尾)",
        """
行政处罚决定书
某环罚字〔2025〕18号
当事人:陆志华,男,1981年9月10日出生,身份证号:⟦id_number:11010519810910468X⟧,电话:⟦phone:18670321195⟧,电子邮箱:⟦email:luzhihua81@163.com⟧。
经查,当事人在自家院内露天焚烧废旧轮胎,造成大气污染。
依据《中华人民共和国大气污染防治法》第一百一十九条,决定罚款人民币五千元。
罚款缴至:收款单位:某市财政局非税收入汇缴结算户,账号:18000101040012345。
某市生态环境局
2025年7月1日
联系人:段文彬
联系电话:0731-88997766
""",
    ),
    (
        "救助名单(紧急联系人一栏)",
        """
2025年度特困供养人员名册
|姓名|身份证号|残疾情况|紧急联系人电话|银行卡号
|孟德胜|⟦id_number:340524199911166472⟧|⟦sensitive_personal:重度肢体残疾⟧|⟦phone:19612347008⟧|⟦bank_account:6236683404515520908⟧
|熊桂芳|⟦id_number:340524199603247211⟧|⟦sensitive_personal:视力残疾二级⟧|⟦phone:16512349920⟧|⟦bank_account:6212262134067084942⟧
""",
    ),
    (
        "依申请公开答复(邮箱即手机号)",
        """
政府信息公开申请答复书
蔡晓燕女士:
本机关于2025年8月2日收到您提交的政府信息公开申请(您留下的联系方式为:⟦email:13912345678@139.com⟧,身份证号码⟦id_number:370102196002168026⟧)。
经审查,您申请公开的信息属于主动公开范围,已在本机关门户网站公开。
某区住房和城乡建设局
2025年8月20日
""",
    ),
    (
        "答复书(住址嵌套、手机全角)",
        """
关于唐建国申请政府信息公开的答复
唐建国:你好!你于2025年5月8日申请公开的信息已收悉。
你在申请表中填写的通讯地址为⟦address:某市雨花区劳动东路99号5栋3单元1202室⟧,手机为⟦phone:１９４１２３４５６７８⟧。
经检索,本机关未制作你申请的信息。
某区自然资源局
2025年5月20日
""",
    ),
    (
        "公示(正文列举个人,无表格)",
        """
关于2025年度残疾人两项补贴新增对象的公示
经本人申请、村(居)审核,下列人员拟纳入补贴范围:
黎小梅,身份证号⟦id_number:410105201302093447⟧,⟦sensitive_personal:智力残疾二级⟧,家长电话⟦phone:17400112233⟧;
薛永刚,身份证号⟦id_number:230102200609116175⟧,⟦sensitive_personal:精神残疾一级⟧,监护人手机⟦phone:14512349876⟧。
公示期7天。如有异议,请向区残联反映,监督电话:0731-84412345。
""",
    ),
    (
        "报告(联系方式在开头的说明段,免费邮箱,不是末尾)",
        """
关于某河流域水环境综合治理情况的报告
本报告由市生态环境局水生态环境科起草。联系人:石磊,联系电话:0731-85521234,手机:13677312288,电子邮箱:sthjsst@126.com。
一、基本情况
某河流经我市三个区县,全长68公里。
二、存在问题
部分支流水质仍不稳定。
""",
    ),
    (
        "招聘公告(报名表样式,个人邮箱在名单里)",
        """
2025年某县事业单位公开招聘拟聘用人员名单
|序号|姓名|准考证号|联系电话|电子邮箱
|1|苏雨婷|2025010203|⟦phone:19811112222⟧|⟦email:suyuting2000@163.com⟧
|2|叶子涵|2025010417|⟦phone:16611113333⟧|⟦email:yezihan@hnu.edu.cn⟧
公示期间如有异议,请于5个工作日内向县人社局反映。
联系电话:0745-2231234
""",
    ),
    (
        "帮扶申请表(一人的登记表,文末)",
        """
困难职工帮扶申请表
姓名:龙海波
性别:男
出生年月:1979年3月
工作单位:某机械厂
联系电话:⟦phone:13607315566⟧
电子邮箱:⟦email:longhaibo79@163.com⟧
家庭住址:⟦address:某市某区车站北路18号2栋301室⟧
申请理由:本人⟦sensitive_personal:患尿毒症⟧,需长期透析。
""",
    ),
    (
        "答复书(申请人联系方式一节)",
        """
关于政府信息公开申请的补正通知
何志刚先生:
你提交的申请内容不明确,请于15个工作日内补正。
申请人联系方式:
电话:⟦phone:15211223344⟧
邮箱:⟦email:hezhigang@sohu.com⟧
某县人民政府办公室
2025年4月2日
""",
    ),
    (
        "来信(来信人联系方式在末尾)",
        """
关于小区噪音扰民问题的来信
县信访局:
我小区旁工地夜间施工,噪音严重影响休息,请予查处。
来信人联系方式如下
手机:⟦phone:19977340012⟧
邮箱:⟦email:a_li1990@foxmail.com⟧
""",
    ),
)


def edge_documents() -> list[EdgeDocument]:
    """The hand-written documents, in a fixed order."""
    return [_document(kind, source) for kind, source in _SOURCES]
