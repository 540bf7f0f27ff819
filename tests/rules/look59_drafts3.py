"""look59's third round (session 23): public papers beside the shapes the judges' branches widen,
written after reading their rules: an exam day's notice that counts its invigilators and guards for the
day ahead, and an agency's published 工作规则 (and one issued to its sections, 此件公开发布) with its
meetings, its papers' sign-off and where its staff go."""

from __future__ import annotations

from tests.testing.judgement import doc

EXAM_DAY_NOTICE = doc(
    "桐川县农业广播电视学校关于2026年高素质农民培育结业考试的通知",
    "",
    "各培训班学员：",
    "    2026年高素质农民培育结业考试定于12月6日上午9时在我校综合楼举行，现将有关事项通知如下：",
    "    一、考试当天，我校将安排12名监考人员、4名保安在考场和校门执勤，请学员持身份证和学员证提前30分钟入"
    "场。",
    "    二、考试内容为培训课程的理论知识和实际操作，成绩合格者颁发结业证书。",
    "    三、咨询电话：0745-6325108。",
    "",
    "桐川县农业广播电视学校",
    "2026年11月28日",
)

WORK_RULES_PUBLISHED = doc(
    "岚峰市行政审批服务局工作规则",
    "",
    "第一条 为规范本局工作，提高行政效能，根据《岚峰市人民政府工作规则》，制定本规则。",
    "第二条 局务会议由局长召集和主持，一般每月召开一次，研究部署全局重要工作，讨论决定重大行政审批制度改革"
    "事项。局长办公会议"
    "根据工作需要不定期召开，每周一召开工作例会，通报上周工作、安排本周工作。",
    "第三条 本局以局名义发出的公文，由承办科室拟稿，科室负责人审核签字后，经办公室核稿，报分管领导或局长签"
    "发后由办公室统一用印"
    "出文。各科室不得以科室名义对外行文。",
    "第四条 局领导外出，应当向局长报告；科室负责人外出，应当向分管局领导请假并在办公室登记去向。",
    "第五条 本局全面推行政务公开，除依法不予公开的外，行政审批的事项、依据、条件、程序、期限和结果一律向社"
    "会公开。",
    "第六条 本局工作人员应当严格遵守廉洁从政各项规定，不得接受审批服务对象的宴请和礼品礼金。",
    "第七条 本规则自印发之日起施行。",
    "",
    "岚峰市行政审批服务局",
    "2026年1月5日",
)

WORK_RULES_ISSUED_NOTICE = doc(
    "岚峰市公共信用信息中心关于印发《中心工作规则》的通知",
    "",
    "中心各科室：",
    "    《岚峰市公共信用信息中心工作规则》已经2026年1月8日中心主任办公会议审议通过，现印发给你们，请认真"
    "遵照执行。",
    "",
    "岚峰市公共信用信息中心工作规则",
    "第一条 中心实行主任负责制。中心主任办公会议每月召开一次，研究决定中心重要事项；每周一召开工作例会。",
    "第二条 以中心名义报送的材料，由承办科室拟稿，科室负责人审核签字后由办公室统一报送，各科室不得直接向上"
    "级部门报送。",
    "第三条 中心工作人员因公外出，须在办公室登记去向。",
    "第四条 中心按规定向社会公开信用信息归集、公示和修复的办理流程和结果。",
    "第五条 本规则自印发之日起施行。",
    "",
    "岚峰市公共信用信息中心",
    "2026年1月10日",
    "（此件公开发布）",
)

PUBLIC = {
    "exam-day-notice": EXAM_DAY_NOTICE,
    "work-rules-published": WORK_RULES_PUBLISHED,
    "work-rules-issued-notice": WORK_RULES_ISSUED_NOTICE,
}
TWINS: dict[str, str] = {}
