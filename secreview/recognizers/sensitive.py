"""Recognizers for sensitive personal information: a term counts only with a private person in its row.

A policy sentence (城乡低保标准提高到每人每月 700 元) names nobody and yields nothing; the same term in
the row or sentence of a named applicant or household does. Terms are searched first, so a text without
any of them never reaches the person analysis.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

import regex

from secreview.recognizers.persons import SENSITIVE_HEADING, PersonAnalysis, persons_of
from secreview.recognizers.prescan import WordSets, matches_at
from secreview.recognizers.view import DocumentView
from secreview.tokenize import enclosing

_SENTENCE_END = frozenset("。\n!?!?")
# A sentence that refers back to the person of the sentence before it (该户为低保户).
_REFERS_BACK = regex.compile(r"\s*(?:该户|该生|该同志|其|本人|户主|该对象|该患者)")
# The person a reply speaks to or about, when it does not name them again in the sentence.
_PRONOUN_PERSON = regex.compile(
    r"你本人|您本人|你|您|其(?!他|中|余|次|实|它)|该户|该生|该同志|该对象|该患者|本人|申请人|当事人|信访人|户主"
)
_ID_NUMBER = regex.compile(r"(?<!\d)\d{6}(?:18|19|20)\d{2}\d{7}[\dXx](?!\d)")

_ETHNIC_GROUPS = (
    "汉|回|蒙古|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|"
    "纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|"
    "德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)


def _gated(first_chars: str, terms: str) -> regex.Pattern[str]:
    """``terms`` behind a look-ahead at the characters a match can start with: the same matches, but the
    engine rejects most positions at one character instead of trying every alternative."""
    return regex.compile(f"(?={first_chars})(?:{terms})")


_HEALTH_FIRST_CHARS = (
    r"[视听言肢智精多残一二三四1-4伤患淋癌白尿肿抑艾H乙肺肝脑瘫偏重大慢因住病传糖心中怀流确无阳高冠"
    r"经诊鉴粉开闭压骨]"
)
_HEALTH_TERMS = (
    r"经?(?:诊断|确诊|鉴定)为\p{{Han}}{{1,12}}?(?:骨折|损伤|挫伤|断裂|脱位|烧伤|烫伤|截肢|瘫痪|伤残|癌|瘤|病|症|炎|综合征)|"
    r"(?:粉碎性|开放性|闭合性|压缩性)?骨折|"
    r"(?:视力|听力|言语|肢体|智力|精神|多重)残疾(?:\s*[一二三四1-4]\s*级)?|残疾(?:等级)?\s*[一二三四1-4]\s*级|"
    r"[一二三四1-4]级(?:残疾|伤残)|伤残(?:等级)?\s*[一二三四五六七八九十]+级|残疾人?证?|"
    r"患有?\p{{Han}}{{0,6}}?(?:癌|瘤|病|症|炎|综合征)|{cancer}淋巴瘤|癌症|白血病|尿毒症|肿瘤|精神分裂症?|抑郁症|艾滋病|HIV|乙肝|"
    r"肺结核|肝硬化|脑瘫|瘫痪|偏瘫|重病|大病|重大疾病|慢性病|因病(?!致贫)|患病|住院治疗|病史|传染病|糖尿病|心脏病|"
    r"脑梗|中风|智力障碍|怀孕|流产|确诊病例|无症状感染者|阳性|高血压|冠心病"
)
_ANY_CANCER = r"\p{Han}{1,3}癌"
HEALTH = _gated(f"{_HEALTH_FIRST_CHARS}|{_ANY_CANCER}", _HEALTH_TERMS.format(cancer=_ANY_CANCER + "|"))
# The same for a text without 癌, where the costly branch of any ...癌 cannot match.
_HEALTH_WITHOUT_CANCER = _gated(_HEALTH_FIRST_CHARS, _HEALTH_TERMS.format(cancer=""))
HARDSHIP = regex.compile(
    r"低保(?:户|对象|金|边缘户)?|最低生活保障|特困(?:供养|人员|户)?|五保户?|致困原因|贫困户|建档立卡|困难户|"
    r"监测户|因病致贫|因残致贫|因学致贫|(?:家庭)?(?:人均)?月?年?收入\s*[::]?\s*\d+(?:\.\d+)?\s*元|"
    r"无劳动能力|丧失劳动能力|孤儿|事实无人抚养|留守儿童|单亲家庭"
)
CRIMINAL = regex.compile(
    r"刑满释放|服刑|判处\p{Han}{0,6}|有期徒刑\p{Han}{0,4}|无期徒刑|缓刑|拘役|前科|犯罪记录|吸毒|戒毒|社区矫正|"
    r"行政拘留\p{Han}{0,4}|刑事拘留|被逮捕|取保候审|涉嫌\p{Han}{1,8}罪|在押|劳动教养"
)
IDENTITY = _gated(
    r"[信宗佛基穆天伊指虹人面声掌D同双性行活未1-9]",
    r"信仰\p{Han}{1,3}教|宗教信仰|信教|佛教徒|基督徒|穆斯林|天主教徒|伊斯兰教|指纹|虹膜|人脸(?:信息|图像)|"
    r"面部特征|声纹|掌纹|基因检测|DNA|同性恋|双性恋|性取向|性倾向|行程轨迹|活动轨迹|行踪轨迹|"
    r"未成年|(?<![\d.])(?:[1-9]|1[0-3])\s*(?:岁|周岁)(?!以|\d)",
)
ETHNICITY = regex.compile(rf"(?<!\p{{Han}})(?:{_ETHNIC_GROUPS})族(?!\p{{Han}})")
_GROUP_HEADINGS = {
    "health": regex.compile(r"残疾|病|健康|身体|诊断"),
    "hardship": regex.compile(r"致困|困难|贫困|救助类别|保障类别|低保|供养"),
    "criminal": regex.compile(r"犯罪|刑期|罪名"),
    "identity": regex.compile(r"宗教|信仰|性取向"),
    "ethnicity": regex.compile(r"民族"),
}


@lru_cache(maxsize=64)
def _roles(words: frozenset[str]) -> regex.Pattern[str]:
    """Any of the role words that a document follows with a private person's name (申请人:何某某), not
    as part of a longer role (被申请人)."""
    return regex.compile(
        r"(?<![被复])(?:" + "|".join(sorted(map(regex.escape, words), key=len, reverse=True)) + ")"
    )


def _has_person(starts: list[int], text: str, left: int, right: int) -> bool:
    index = bisect_left(starts, left)
    if index < len(starts) and starts[index] < right:
        return True
    return _ID_NUMBER.search(text, left, right) is not None


def _in_row(rows: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the (sorted, disjoint) table rows that name a person."""
    index = bisect_right(rows, (start, sys.maxsize)) - 1
    return index >= 0 and rows[index][0] <= start and end <= rows[index][1]


def _heading_cells(analysis: PersonAnalysis, group: str) -> list[tuple[int, int]]:
    """Sensitive columns of a person table, by the heading of their column."""
    return [
        (cell.start, cell.end)
        for cell, heading in analysis.sensitive_cells
        if _GROUP_HEADINGS[group].search(heading)
    ]


# Words that every match of a term pattern holds, at most ``reach`` characters after its start:
# {group: (reach, words)}. A scan for them tells where a pattern is worth trying.
_KEYS = {
    "health": (
        3,
        "残疾 伤残 患 癌 淋巴瘤 白血病 尿毒症 肿瘤 精神分裂 抑郁症 艾滋病 HIV 乙肝 肺结核 肝硬化 "
        "脑瘫 瘫痪 偏瘫 重病 大病 重大疾病 慢性病 因病 住院治疗 病史 传染病 糖尿病 心脏病 脑梗 中风 "
        "智力障碍 怀孕 流产 确诊病例 无症状感染者 阳性 高血压 冠心病 诊断为 确诊为 鉴定为 骨折",
    ),
    "hardship": (
        0,
        "低保 最低生活保障 特困 五保 致困原因 贫困户 建档立卡 困难户 监测户 因病致贫 因残致贫 因学致贫 "
        "无劳动能力 丧失劳动能力 孤儿 事实无人抚养 留守儿童 单亲家庭",
    ),
    "income": (6, "收入"),  # (家庭)(人均)月年收入 … 元
    "criminal": (
        0,
        "刑满释放 服刑 判处 有期徒刑 无期徒刑 缓刑 拘役 前科 犯罪记录 吸毒 戒毒 社区矫正 行政拘留 刑事拘留 "
        "被逮捕 取保候审 涉嫌 在押 劳动教养",
    ),
    "identity": (
        0,
        "信仰 宗教信仰 信教 佛教徒 基督徒 穆斯林 天主教徒 伊斯兰教 指纹 虹膜 人脸 面部特征 声纹 "
        "掌纹 基因检测 DNA 同性恋 双性恋 性取向 性倾向 行程轨迹 活动轨迹 行踪轨迹 未成年",
    ),
}
# A rare character of each key word: the scan looks for these only.
_KEY_ANCHORS = (
    "疾残患癌瘤血尿裂抑艾H乙肺肝瘫痪偏病慢疗史染脏梗风碍孕流诊症阳压冠鉴骨"
    "低困五贫档测劳丧孤抚儿庭入刑判役科罪毒戒矫拘捕候嫌押仰教佛徒斯伊纹膜脸征D恋双倾轨踪未取"
)
_KEY_WORDS = WordSets({group: words.split() for group, (_, words) in _KEYS.items()}, _KEY_ANCHORS)
_SPACE = regex.compile(r"\s")
_SENSITIVE_HEADING_WORDS = re.compile(SENSITIVE_HEADING.pattern)


def _ages(text: str) -> list[int]:
    """Where the age of a child (IDENTITY's last term) may start: one or two characters before the spaces
    before 岁 or 周岁."""
    starts = []
    year = text.find("岁")
    while year != -1:
        for unit in (year, year - 1) if text[year - 1 : year] == "周" else (year,):
            number_end = unit
            while number_end > 0 and _SPACE.match(text, number_end - 1):
                number_end -= 1
            starts += [start for start in (number_end - 2, number_end - 1) if start >= 0]
        year = text.find("岁", year + 1)
    return starts


def _has_sensitive_heading(view: DocumentView) -> bool:
    return _SENSITIVE_HEADING_WORDS.search(view.text) is not None


def _candidates_of(view: DocumentView) -> dict[str, list[int]]:
    return _candidates(view.text)


def _candidates(text: str) -> dict[str, list[int]]:
    """Where a term of each group may start: up to ``reach`` characters before each of its key words."""
    starts = _KEY_WORDS.starts(text)
    found = {
        group: [start - back for start in starts[group] for back in range(reach + 1) if start >= back]
        for group, (reach, _) in _KEYS.items()
    }
    found["hardship"] += found.pop("income")
    found["identity"] += _ages(text)
    return found


Finder = Callable[[DocumentView], list[tuple[int, int]]]


def _terms_of_persons(
    pattern: regex.Pattern[str],
    anchors: str,
    group: str,
    lean: tuple[str, regex.Pattern[str]] | None = None,
) -> Finder:
    """A finder of ``pattern`` next to a person; a text without any of the characters ``anchors`` is
    passed over without running the pattern. The pattern is tried only where a key word of its group
    lets a term start (``_candidates``), or everywhere for a group without key words. ``lean`` is a
    character and a cheaper pattern that finds the same in a text without that character."""

    def recognize(view: DocumentView) -> list[tuple[int, int]]:
        text = view.text
        chosen = lean[1] if lean is not None and lean[0] not in text else pattern
        if anchors and not any(anchor in text for anchor in anchors):
            matches = []
        elif group in _KEYS:
            matches = matches_at(chosen, text, view.analysis(_candidates_of)[group])
        else:
            matches = list(chosen.finditer(text))
        if not matches and not view.analysis(_has_sensitive_heading):
            return []
        analysis = view.analysis(persons_of)
        starts = [span.start for span in analysis.names]
        rows = sorted((row.start, row.end) for row in analysis.person_rows)
        spans = []
        for match in matches:
            if _in_row(rows, match.start(), match.end()):
                spans.append(match.span())
                continue
            left, right = enclosing(text, match.start(), match.end(), _SENTENCE_END, 300)
            if _REFERS_BACK.match(text, left) and left > 0 and text[left - 1] != "\n":
                left = enclosing(text, left - 1, left - 1, _SENTENCE_END, 300)[0]
            if _has_person(starts, text, left, right):
                spans.append(match.span())
            elif analysis.addressees and _PRONOUN_PERSON.search(text, left, right) is not None:
                spans.append(match.span())  # a reply to one identified person: 你/其/该户 is that person
            elif analysis.role_persons and _roles(frozenset(analysis.role_persons)).search(text, left, right):
                spans.append(match.span())  # 申请人称其…: the role word names the person named after it
        taken = set(spans)
        spans.extend(span for span in _heading_cells(analysis, group) if span not in taken)
        return spans

    recognize.__name__ = f"sensitive_{group}"
    return recognize


health_of_person = _terms_of_persons(
    HEALTH, "残患癌病症瘤裂H肝核瘫院梗风碍孕产阳压冠诊鉴骨", "health", ("癌", _HEALTH_WITHOUT_CANCER)
)
hardship_of_household = _terms_of_persons(HARDSHIP, "", "hardship")
criminal_record_of_person = _terms_of_persons(CRIMINAL, "", "criminal")
# Every term of IDENTITY holds one of these characters (检 for 基因检测).
identity_traits_of_person = _terms_of_persons(IDENTITY, "教徒林纹膜脸面D恋性轨成岁检", "identity")
ethnicity_of_person = _terms_of_persons(ETHNICITY, "族", "ethnicity")  # regex finds its 族 by itself, fast
