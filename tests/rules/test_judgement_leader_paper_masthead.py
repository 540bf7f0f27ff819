"""judge43 (session 16): a paper that goes only to leaders is withheld whole, whatever its masthead prints
beside the name. A 内部参阅, 专报, 信息专报 or 要情 is written for the leaders it is sent to (the bracketed
distribution line says whom): what it tells of a group's plans and the measures against them is the paper
itself (第十四条), not a paragraph to cut from an otherwise public text (第三十七条). JD045 already stands
back for such a paper (`unless` genre-leader-paper, judge31), but the genre signal read the name only at
the end of a title line: a masthead printing the issue beside it (内部参阅  第47期, 信息专报〔2026〕第5期:
tune50 cm-004) was not read, so JD045 cut the paragraphs of the leaders and the measures and published the
rest of the paper. A work bulletin (工作简报 第12期) is another genre and stays public.

Drafts written for these tests before the rule, in offices no tuning part speaks for (广播电视台,
口腔医院, 殡葬); main withheld the 殡葬 paper already (要情(第9期): the issue in brackets was read) and cut
the other two; the wider genre signal (the name, then the issue, alone on the masthead line) reaches both.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_public, assert_withheld_whole, report_of
from tests.testing.known_public import public

BROADCASTER_REFERENCE_PAPER = (
    "内部参阅　　第21期\n"
    "市广播电视台总编室编　　　　　　　　2026年12月3日\n"
    "\n"
    "有线电视网络整合后部分员工集体维权苗头须提前应对\n"
    "\n"
    "市有线电视网络公司并入省网后，原公司86名劳务派遣员工的身份转换问题至今未明确，员工情绪波动较大。\n"
    "一是组织化明显。员工已建立维权群，牵头人为原技术部周海、客服班长吴婷，群内商议元旦前到市政府集体反映。\n"
    "二是诉求外溢。部分员工联系了在省网工作的原同事，准备联名向省里反映。\n"
    "台里已拟定应对方案：对两名牵头人明确专人稳控，元旦前后在台大楼和机房增派保卫力量，方案待台党委研究后实施。\n"
    "建议尽快与省网明确派遣员工的安置办法，由人社部门参与做好解释工作。\n"
    "\n"
    "（报：市委宣传部主要领导；送：台领导班子成员）"
)
DENTAL_HOSPITAL_BRIEF = (
    "信息专报〔2026〕第5期\n"
    "市卫生健康委办公室　　　　　　　　　　2026年11月28日\n"
    "\n"
    "市口腔医院种植牙退费纠纷出现聚集苗头\n"
    "\n"
    "集采降价后，约300名在集采前已交费的种植牙患者要求按新价格退还差价，医院答复须待上级明确政策。\n"
    "患者已组建维权群，召集人为患者家属黄某和一名退休教师，群内商议下周一上午到医院门诊大厅集体讨说法。\n"
    "医院已拟定处置方案：对召集人逐一安排专人联系稳控，周一在门诊大厅增派保卫人员并请辖区派出所协助，方案待委"
    "主任办公会研究后实施。\n"
    "建议尽快研究已交费患者的差价处理办法，统一答复口径。\n"
    "\n"
    "（报：市政府分管领导；送：委领导班子成员、市医保局）"
)
FUNERAL_REFERENCE_PAPER = (
    "要情（第9期）\n"
    "市民政局办公室　　　　　　　　　　2026年12月1日\n"
    "\n"
    "青松岭公墓迁坟补偿争议可能引发群体聚集\n"
    "\n"
    "青松岭公墓扩建涉及迁移老墓穴146座，补偿标准公布后，约60户墓主认为偏低。\n"
    "墓主已推举村民代表李长贵、张桂兰牵头，商议清明前到市政府门前集体上访。\n"
    "殡葬管理所已拟定应对措施：对牵头人逐户上门做工作，落实包保责任人，清明前后在公墓和市政府周边增派警力。"
    "措施待局党组研究后实施。\n"
    "建议适当提高补偿标准，并由属地镇政府做好解释工作。\n"
    "\n"
    "（报：市政府分管领导；送：局领导班子成员）"
)

# The twin: a bulletin (工作简报, its issue beside the name) of the same office's work, the matter closed.
FISHERIES_WORK_BULLETIN = (
    "渔业工作简报　　第12期\n"
    "市海洋与渔业局办公室                    2026年12月2日\n"
    "\n"
    "全市休渔补助发放工作圆满完成\n"
    "\n"
    "今年伏季休渔补助共涉及沿海三个镇渔船612艘，补助资金4,280万元已于11月底全部发放到位。\n"
    "一是公开透明。补助名单在各渔业村张榜公示，接受渔民监督。\n"
    "二是便民发放。补助资金通过社保卡直接发放到船东个人账户。\n"
    "下一步，我局将继续做好休渔期渔港管理和渔民转产转业培训工作。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(BROADCASTER_REFERENCE_PAPER, id="broadcaster-reference-paper"),
        pytest.param(DENTAL_HOSPITAL_BRIEF, id="dental-hospital-brief"),
        pytest.param(FUNERAL_REFERENCE_PAPER, id="funeral-reference-paper"),
    ],
)
def test_a_leader_paper_is_withheld_whole(engine: Engine, text: str) -> None:
    assert_withheld_whole(report_of(engine, text), Category.SECURITY_RISK)


public(__name__, FISHERIES_WORK_BULLETIN, "FISHERIES_WORK_BULLETIN")


def test_a_work_bulletin_with_its_issue_stays_public(engine: Engine) -> None:
    assert_public(engine, FISHERIES_WORK_BULLETIN)
