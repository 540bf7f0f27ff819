"""Generated 公文 labelled with the attribute they should receive, for the decision benchmark and tests.

Each kind of document is a template written for this project (no published text is copied); places,
agencies, people, numbers and dates come from a seeded ``random.Random``, so a seed fixes the set. The label
is what domain.md §6 prescribes for the kind: a 请示 is withheld, a 批复 to one unit is on request, a 公示
list with identity numbers is redacted, a public-comment draft or a licensing decision is proactive.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.testing.identifiers import bank_card, mobile, person_name, plate, resident_id

PLACES = ("松阳县", "临江市", "北湖区", "石泉县", "望城区", "清水县", "永和市", "东坪县")
UNITS = ("民政局", "财政局", "教育局", "交通运输局", "自然资源局", "卫生健康局", "农业农村局", "水务局")
TOPICS = (
    "城乡医疗救助",
    "农村饮水安全",
    "老年人助餐服务",
    "校园周边交通整治",
    "高标准农田建设",
    "城市内涝治理",
)
COMPANIES = ("宏泰食品有限公司", "远航物流有限公司", "青松建筑工程有限公司", "博源医药连锁有限公司")
PROJECTS = ("城南污水处理厂扩建", "环城北路改造", "第二人民医院门诊楼新建", "滨河公园二期")
ATTRIBUTES = ("proactive", "redacted", "on_request", "withheld")


@dataclass(frozen=True)
class LabelledDocument:
    kind: str
    attribute: str
    text: str


class _Draw:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def place(self) -> str:
        return self.rng.choice(PLACES)

    def agency(self) -> str:
        return self.place() + self.rng.choice(UNITS)

    def topic(self) -> str:
        return self.rng.choice(TOPICS)

    def year(self) -> int:
        return self.rng.randint(2019, 2026)

    def date(self) -> str:
        return f"{self.year()}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def body(self, topic: str) -> str:
        sentences = (
            f"为进一步做好{topic}工作,切实保障群众合法权益,结合本地实际,现提出如下要求。",
            f"各单位要加强组织领导,明确责任分工,确保{topic}各项任务按期完成。",
            "要强化资金保障,规范资金使用管理,提高资金使用效益。",
            "要加强督促检查,对工作推进不力的单位予以通报。",
            "要加大政策宣传力度,及时回应社会关切,营造良好氛围。",
        )
        return "\n".join(self.rng.sample(sentences, k=self.rng.randint(2, 4)))

    def note(self, attribute: str) -> str:
        """Sometimes the draft carries its own, correct 附注."""
        if self.rng.random() < 0.5:
            return ""
        return {
            "proactive": "(此件公开发布)\n",
            "redacted": "(此件删减后公开,理由:含个人信息)\n",
            "on_request": "(此件依申请公开,理由:涉及特定单位)\n",
            "withheld": "(此件不予公开,理由:属过程性信息)\n",
        }[attribute]


def _join(*lines: str) -> str:
    return "\n".join(line for line in lines if line) + "\n"


# ---- proactive ------------------------------------------------------------------------------------------


def _general_notice(d: _Draw) -> str:
    agency, topic = d.agency(), d.topic()
    return _join(
        f"{agency}关于做好{d.year()}年{topic}工作的通知",
        "各乡镇人民政府、街道办事处,区直各单位:",
        d.body(topic),
        f"监督电话:12345。\n{agency}\n{d.date()}",
        d.note("proactive"),
    )


def _measures(d: _Draw) -> str:
    topic = d.topic()
    return _join(
        f"{d.place()}{topic}实施办法",
        f"第一条 为规范{topic}工作,根据有关法律法规,制定本办法。",
        "第二条 本办法适用于本行政区域内的相关管理和服务活动。",
        "第三条 县级人民政府统筹协调本办法的组织实施。",
        "第四条 本办法自印发之日起施行。",
    )


def _public_comment(d: _Draw) -> str:
    topic = d.topic()
    return _join(
        f"关于《{d.place()}{topic}管理办法(征求意见稿)》公开征求意见的公告",
        f"为提高立法质量,现将《{topic}管理办法(征求意见稿)》向社会公开征求意见。",
        f"公众可于{d.date()}前通过信函或电子邮件提出意见建议。",
        "第一条 为加强管理,制定本办法。",
        d.body(topic),
    )


def _licence(d: _Draw) -> str:
    company = d.rng.choice(COMPANIES)
    return _join(
        f"关于准予{company}食品经营许可的决定",
        f"{company}:",
        "你单位提交的食品经营许可申请材料收悉。经审查,符合法定条件,决定准予行政许可,有效期五年。",
        f"{d.agency()}\n{d.date()}",
    )


def _project_approval(d: _Draw) -> str:
    place = d.place()
    return _join(
        f"关于{place}{d.rng.choice(PROJECTS)}项目可行性研究报告的批复",
        f"{place}城市建设投资有限公司:",
        "你公司报来的可行性研究报告收悉。经研究,同意该项目建设,总投资由你公司统筹落实。",
        f"{place}发展和改革局\n{d.date()}",
    )


def _statistics(d: _Draw) -> str:
    place, year = d.place(), d.year()
    return _join(
        f"{place}{year}年国民经济和社会发展统计公报",
        f"全年地区生产总值{d.rng.randint(100, 900)}亿元,比上年增长{d.rng.randint(2, 9)}%。",
        f"年末常住人口{d.rng.randint(20, 90)}.{d.rng.randint(0, 9)}万人。",
        f"{place}统计局\n{d.date()}",
    )


def _appointment(d: _Draw) -> str:
    place = d.place()
    first, second = person_name(d.rng), person_name(d.rng)
    return _join(
        f"{place}人民政府关于{first}等同志职务任免的通知",
        "各乡镇人民政府,县政府各部门:",
        f"经县人民政府研究决定:任命{first}为{place}{d.rng.choice(UNITS)}局长;免去{second}的{place}"
        f"{d.rng.choice(UNITS)}副局长职务。",
        f"{place}人民政府\n{d.date()}",
    )


def _award(d: _Draw) -> str:
    place = d.place()
    return _join(
        f"{place}人民政府关于表彰{d.year()}年度{d.topic()}工作先进集体的决定",
        f"过去一年,全县各级各部门扎实推进{d.topic()}工作,涌现出一批先进集体。",
        f"经研究,决定授予{place}{d.rng.choice(UNITS)}等10个单位“先进集体”称号。",
        f"{place}人民政府\n{d.date()}",
    )


def _notice_with_office_contact(d: _Draw) -> str:
    agency, topic = d.agency(), d.topic()
    return _join(
        f"{agency}关于开展{topic}专项检查的通知",
        "各有关单位:",
        d.body(topic),
        f"联系人:{person_name(d.rng)},联系电话:0731-{d.rng.randint(82000000, 89999999)}。",
        f"{agency}\n{d.date()}",
    )


def _rules_about_disclosure(d: _Draw) -> str:
    place = d.place()
    return _join(
        f"{place}人民政府办公室关于规范公文公开属性源头认定工作的通知",
        "各乡镇人民政府,县政府各部门:",
        "报上级机关的请示和报告、向有关部门征求意见的公文,一般确定为不予公开。",
        "对下级机关请示的批复、复函等涉及特定对象的公文,可以确定为依申请公开。",
        "涉及工作秘密、内部资料的,按规定不得在政府网站发布。拟不公开的,应在附注中说明理由。",
        f"{place}人民政府办公室\n{d.date()}",
    )


# ---- redacted -------------------------------------------------------------------------------------------


def _aid_list(d: _Draw) -> str:
    rows = [
        f"{index}\t{person_name(d.rng)}\t{resident_id(d.rng)}\t{mobile(d.rng)}\t{d.rng.randint(300, 1500)}元"
        for index in range(1, d.rng.randint(3, 7))
    ]
    return _join(
        f"{d.place()}{d.rng.choice(('城乡低保', '临时救助', '高龄津贴'))}对象名单公示",
        "序号\t姓名\t身份证号\t联系电话\t金额",
        *rows,
        "公示期7天,如有异议请向乡镇人民政府反映。",
        d.note("redacted"),
    )


def _subsidy_accounts(d: _Draw) -> str:
    rows = [f"{person_name(d.rng)} 银行卡号:{bank_card(d.rng)}" for _ in range(d.rng.randint(2, 5))]
    return _join(f"{d.place()}耕地地力保护补贴发放情况公示", *rows, f"{d.agency()}\n{d.date()}")


def _penalty(d: _Draw) -> str:
    return _join(
        "行政处罚决定书",
        f"当事人:{person_name(d.rng)},公民身份号码:{resident_id(d.rng)},住址:{d.place()}某村某组。",
        f"经查,当事人驾驶{plate(d.rng)}号小型客车超限运输,违反了《公路法》的规定。",
        "决定对当事人处以罚款人民币2000元。",
        f"{d.agency()}\n{d.date()}",
    )


def _licence_to_person(d: _Draw) -> str:
    name = person_name(d.rng)
    return _join(
        "关于准予个体工商户食品经营行政许可的决定",
        f"{name}(身份证号:{resident_id(d.rng)}):",
        "你提交的申请材料收悉。经审查,决定准予行政许可。",
        f"{d.agency()}\n{d.date()}",
    )


def _hiring_result(d: _Draw) -> str:
    rows = [
        "\t".join(
            (person_name(d.rng), d.rng.choice("男女"), resident_id(d.rng), d.rng.choice(("大学", "硕士")))
        )
        for _ in range(d.rng.randint(2, 5))
    ]
    return _join(
        f"{d.place()}{d.year()}年考试录用公务员拟录用人员公示",
        "姓名\t性别\t身份证号\t学历",
        *rows,
        "公示期为5个工作日。监督电话:12345。",
    )


# ---- on request -----------------------------------------------------------------------------------------


def _reply_to_unit(d: _Draw) -> str:
    place = d.place()
    unit = f"{place}{d.rng.choice(('第一中学', '社会福利院', '水文站', '城关镇人民政府'))}"
    return _join(
        f"关于同意{unit}调整办公用房的批复",
        f"{unit}:",
        "你单位《关于调整办公用房的请示》收悉。经研究,同意你单位调整办公用房,所需经费自行解决。",
        f"{d.agency()}\n{d.date()}",
        d.note("on_request"),
    )


def _letter_reply(d: _Draw) -> str:
    unit = d.agency()
    return _join(
        f"关于{d.topic()}有关问题的复函",
        f"{unit}:",
        "你局来函收悉。经研究,现函复如下:一、原则同意你局意见;二、请按程序办理有关手续。",
        f"{d.agency()}\n{d.date()}",
    )


def _reply_to_person(d: _Draw) -> str:
    name = person_name(d.rng)
    return _join(
        f"关于{name}同志来信反映问题的答复",
        f"{name}同志:",
        "您的来信收悉。经调查核实,现答复如下:您反映的问题已转交有关乡镇办理。",
        f"{d.agency()}\n{d.date()}",
    )


# ---- withheld -------------------------------------------------------------------------------------------


def _request(d: _Draw) -> str:
    topic = d.topic()
    return _join(
        f"关于申请拨付{topic}专项经费的请示",
        f"{d.place()}人民政府:",
        f"为保障{topic}工作顺利开展,我局拟申请专项经费{d.rng.randint(20, 300)}万元。",
        "妥否,请批示。",
        f"{d.agency()}\n{d.date()}",
        d.note("withheld"),
    )


def _consultation(d: _Draw) -> str:
    topic = d.topic()
    return _join(
        f"关于征求《{topic}管理办法(代拟稿)》意见的函",
        "各有关单位:",
        f"我局起草了《{topic}管理办法(代拟稿)》,请认真研究,于{d.date()}前将书面意见反馈我局。",
        f"{d.agency()}\n{d.date()}",
    )


def _classified(d: _Draw) -> str:
    level = d.rng.choice(("秘密★1年", "机密★10年", "秘密★5年"))
    return _join(
        f"{d.rng.randint(1, 999):06d}",
        level,
        f"关于{d.topic()}专项工作的通知",
        d.body(d.topic()),
    )


def _work_secret(d: _Draw) -> str:
    return _join(
        "内部资料 注意保存",
        f"关于{d.topic()}工作情况的通报",
        d.body(d.topic()),
        f"{d.agency()}\n{d.date()}",
    )


def _inquiry(d: _Draw) -> str:
    return _join(
        "询问笔录",
        f"时间:{d.date()}\n地点:{d.agency()}询问室",
        f"被询问人:{person_name(d.rng)}\n问:你是否清楚今天为什么来接受询问?\n答:清楚。",
        "以上笔录我看过,与我说的相符。",
    )


def _stability(d: _Draw) -> str:
    return _join(
        f"{d.place()}{d.rng.choice(PROJECTS)}项目社会稳定风险评估报告",
        "一、项目基本情况",
        "二、风险识别与评估",
        "三、评估结论:风险等级为中等。",
    )


def _discussion_record(d: _Draw) -> str:
    return _join(
        f"{d.agency()}局务会议讨论记录",
        f"时间:{d.date()}",
        f"议题:研究{d.topic()}资金分配方案。",
        "与会人员充分讨论,形成初步意见,待进一步论证。",
    )


def _draft_for_review(d: _Draw) -> str:
    topic = d.topic()
    return _join(
        "(送审稿)",
        f"{d.place()}{topic}管理暂行办法",
        f"第一条 为规范{topic}工作,制定本办法。",
        "第二条 本办法由县人民政府负责解释。",
    )


def _request_with_ids(d: _Draw) -> str:
    return _request(d) + f"附:困难群众{person_name(d.rng)},身份证号{resident_id(d.rng)}。\n"


TEMPLATES: dict[str, tuple[Callable[[_Draw], str], ...]] = {
    "proactive": (
        _general_notice,
        _measures,
        _public_comment,
        _licence,
        _project_approval,
        _statistics,
        _appointment,
        _award,
        _notice_with_office_contact,
        _rules_about_disclosure,
    ),
    "redacted": (_aid_list, _subsidy_accounts, _penalty, _licence_to_person, _hiring_result),
    "on_request": (_reply_to_unit, _letter_reply, _reply_to_person),
    "withheld": (
        _request,
        _consultation,
        _classified,
        _work_secret,
        _inquiry,
        _stability,
        _discussion_record,
        _draft_for_review,
        _request_with_ids,
    ),
}


_FULL_WIDTH = str.maketrans({":": "：", ",": "，", "(": "（", ")": "）", ";": "；"})


def labelled_documents(per_kind: int = 10, seed: int = 20261123) -> list[LabelledDocument]:
    """``per_kind`` documents of every template, the same for the same seed; about half are written with
    full-width punctuation, as drafts usually are."""
    draw = _Draw(random.Random(seed))
    documents = []
    for attribute, templates in TEMPLATES.items():
        for template in templates:
            for _ in range(per_kind):
                text = template(draw)
                if draw.rng.random() < 0.5:
                    text = text.translate(_FULL_WIDTH)
                documents.append(LabelledDocument(template.__name__.strip("_"), attribute, text))
    return documents
