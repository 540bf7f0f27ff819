"""Public documents written blind by look57 (session 21), third round: plans that move people out of a
natural hazard's way, in the voices of a 县防汛抗旱指挥部 and a 市总工会 — their 重点人员 are the old, the
children and the disabled to be moved first, their 包保 the cadres answering for each household's move.
``STABILITY_TWIN`` is a plan against a gathering in the same season, whose 重点人员 and 包保 are the control
of its organisers."""

from __future__ import annotations

from tests.testing.judgement import doc as _doc

FLOOD_TRANSFER_PLAN = _doc(
    "槐安县2026年汛期山洪灾害危险区群众转移避险工作方案",
    "",
    "各乡镇人民政府，县防汛抗旱指挥部各成员单位：",
    "    一、转移对象。山洪灾害危险区、地质灾害隐患点和低洼易涝区的群众，重点是孤寡老人、留守儿童、残疾人等"
    "重点人员。",
    "    二、包保责任。实行县领导包乡镇、乡镇干部包村、村干部包户的包保责任制，对重点人员落实“一对一”包保"
    "转移，"
    "确保不漏一户、不落一人。",
    "    三、转移时机。接到暴雨红色预警或山洪灾害转移指令后，立即组织转移，转移群众安置在就近的学校、村委"
    "会等"
    "避险场所。",
    "",
    "槐安县防汛抗旱指挥部",
    "2026年5月20日",
)

TYPHOON_WORKERS_NOTICE = _doc(
    "澄州市总工会关于做好台风“海燕”防御期间户外劳动者避险工作的通知",
    "",
    "各县（市、区）总工会，市各产业工会：",
    "    受台风“海燕”影响，9月14日至16日我市将有大风和暴雨。请各级工会做好以下工作：",
    "    一、督促建筑工地、快递外卖、环卫等户外作业单位停止户外作业，工棚人员全部转移到安全场所。",
    "    二、对独居、行动不便的困难职工等重点人员，落实工会干部包保联系，提前转移避险，确保人员安全。",
    "    三、职工服务驿站24小时开放，为户外劳动者提供临时避险场所。",
    "",
    "澄州市总工会",
    "2026年9月13日",
)

STABILITY_TWIN = _doc(
    "汛期信访重点人员稳控工作方案",
    "",
    "各乡镇人民政府：",
    "    近期部分库区移民酝酿在汛期到县政府门前聚集，牵头人3名已掌握身份。",
    "    一、对信访重点人员落实包保稳控，乡镇干部每日见面，动态掌握其行动轨迹。",
    "    二、公安机关在县政府门前预置警力20名，发现聚集苗头立即劝离。",
    "",
    "槐安县信访工作联席会议办公室",
    "2026年6月1日",
)

PUBLIC_DOCUMENTS: dict[str, str] = {
    "flood-transfer-plan": FLOOD_TRANSFER_PLAN,
    "typhoon-workers-notice": TYPHOON_WORKERS_NOTICE,
}
